/**
 * Size budgets (tests/bench/budgets.ts) for every pre-rendered page of the
 * production build: initial JS and CSS, a story's HTML, and no request to
 * anywhere but the site. Sizes do not drift from run to run the way timings
 * do, so these fail the build; the timings are the bench's (`npm run bench`).
 * Each run prints its table, so growth shows before it breaks a budget.
 */
import { resolve } from "node:path";
import {
  budgetFigures,
  budgetTable,
  overBudget,
  type PageFigures,
} from "../bench/budgets.ts";
import { builtPages } from "../bench/builtPages.ts";
import { measurePage } from "../bench/pageWeight.ts";
import { expect, ORIGIN, test } from "./fixtures.ts";

/** What the site project serves (see playwright.config.ts). */
const DIST = resolve(import.meta.dirname, "../../dist");
/** Per page: a fresh context, a load, hydration, then a quiet network. */
const PER_PAGE_MS = 10_000;

test("every pre-rendered page keeps within the size budgets and asks no other site for anything", async ({
  browser,
}) => {
  // Read when the test runs, not when the file loads: the build runs in between.
  const pages = await builtPages(DIST);
  test.setTimeout(30_000 + pages.length * PER_PAGE_MS);
  expect(pages.length, "pages in dist/").toBeGreaterThan(0);

  const figures: PageFigures[] = [];
  const broken: string[] = [];
  for (const { path, kind } of pages) {
    const weight = await measurePage(browser, new URL(path, ORIGIN).href);
    broken.push(...weight.errors.map((error) => `${path}: ${error}`));
    const figure = budgetFigures(path, kind, weight);
    figures.push(figure);
    // Which scripts counted, for a page over: the table alone cannot say why.
    if (overBudget(figure).length > 0)
      console.log(
        `${path}, scripts up to hydration:\n${weight.resources
          .filter((r) => r.kind === "script" && !r.afterHydration)
          .map((r) => `  ${r.url} ${r.sizes.gzip} B gzip`)
          .join("\n")}`,
      );
  }
  console.log(`\nSize budgets (gzip, level 9):\n${budgetTable(figures)}\n`);

  expect(broken, "console errors while loading").toEqual([]);
  // Each page was weighed: an empty figure would pass every budget.
  for (const page of figures) {
    expect(page.htmlGzip, `${page.path}: HTML`).toBeGreaterThan(0);
    expect(page.jsGzip, `${page.path}: JS`).toBeGreaterThan(0);
    expect(page.cssGzip, `${page.path}: CSS`).toBeGreaterThan(0);
  }
  expect(figures.flatMap(overBudget)).toEqual([]);
});
