// @vitest-environment node
import { expect, test } from "vitest";
import {
  BUDGETS,
  budgetTable,
  isThirdParty,
  overBudget,
  type PageFigures,
} from "./budgets.ts";

const withinBudget: PageFigures = {
  path: "/world/2018/04/20/a-story/",
  kind: "story",
  jsGzip: BUDGETS.initialJsGzip,
  cssGzip: BUDGETS.initialCssGzip,
  htmlGzip: BUDGETS.storyHtmlGzip,
  thirdParty: [],
};

test("a page exactly at every budget passes", () => {
  expect(overBudget(withinBudget)).toEqual([]);
});

test("one byte over a budget fails, naming the page, the figure and the budget", () => {
  expect(
    overBudget({ ...withinBudget, jsGzip: BUDGETS.initialJsGzip + 1 }),
  ).toEqual([
    "/world/2018/04/20/a-story/: initial JS 110.0 KB gzip, over the 110.0 KB budget",
  ]);
  expect(
    overBudget({ ...withinBudget, cssGzip: BUDGETS.initialCssGzip + 1 }),
  ).toHaveLength(1);
  expect(
    overBudget({ ...withinBudget, htmlGzip: BUDGETS.storyHtmlGzip + 1 }),
  ).toHaveLength(1);
});

test("the HTML budget is for stories; other pages' HTML is only reported", () => {
  const bigTopic = {
    ...withinBudget,
    path: "/topics/russia/",
    kind: "topic",
    htmlGzip: 2 * BUDGETS.storyHtmlGzip,
  };
  expect(overBudget(bigTopic)).toEqual([]);
  expect(budgetTable([bigTopic])).toContain("60.0 KB");
  expect(budgetTable([bigTopic])).not.toContain("over");
});

test("any request to another site fails", () => {
  expect(
    overBudget({
      ...withinBudget,
      thirdParty: ["https://fonts.example.com/a.woff2"],
    }),
  ).toEqual([
    "/world/2018/04/20/a-story/: third-party requests: https://fonts.example.com/a.woff2",
  ]);
});

test("the table marks each figure over its budget", () => {
  const table = budgetTable([
    { ...withinBudget, jsGzip: BUDGETS.initialJsGzip + 600 },
  ]);
  const row = table.split("\n")[2] ?? "";
  expect(row).toContain("110.6 KB over");
  expect(row.match(/over/g)).toHaveLength(1);
});

test("a request is third-party when it leaves the site's origin", () => {
  const origin = "http://127.0.0.1:4173";
  expect(isThirdParty("http://127.0.0.1:4173/assets/index.js", origin)).toBe(
    false,
  );
  expect(isThirdParty("data:image/svg+xml,<svg/>", origin)).toBe(false);
  expect(isThirdParty("blob:http://127.0.0.1:4173/1234", origin)).toBe(false);
  // Another port or scheme is another origin.
  expect(isThirdParty("http://127.0.0.1:4174/", origin)).toBe(true);
  expect(isThirdParty("https://127.0.0.1:4173/", origin)).toBe(true);
  expect(isThirdParty("https://fonts.example.com/a.css", origin)).toBe(true);
});
