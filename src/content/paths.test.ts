import { expect, test } from "vitest";
import {
  frontPagePath,
  paragraphAnchor,
  paragraphPosition,
  searchPath,
  storyPath,
  topicPath,
} from "./paths.ts";

test("a story's URL carries its section and date; a brief's needs neither", () => {
  expect(
    storyPath({
      kind: "full",
      slug: "a-story",
      published: "2018-04-20",
      section: "World News",
    }),
  ).toBe("/world-news/2018/04/20/a-story/");
  expect(storyPath({ kind: "brief", slug: "a-brief" })).toBe(
    "/briefs/a-brief/",
  );
});

test("topic and search URLs are readable and safely encoded", () => {
  expect(topicPath("Donald Trump")).toBe("/topics/donald-trump/");
  expect(searchPath()).toBe("/search/");
  expect(searchPath("  ")).toBe("/search/");
  expect(searchPath("putin & trump")).toBe("/search/?q=putin+%26+trump");
  expect(searchPath("putin", 2)).toBe("/search/?q=putin&page=2");
  expect(searchPath("putin", 1)).toBe("/search/?q=putin");
});

test("page 1 of a list is the list's own URL; later pages add /page/<n>/", () => {
  expect(frontPagePath()).toBe("/");
  expect(frontPagePath(1)).toBe("/");
  expect(frontPagePath(2)).toBe("/page/2/");
  expect(topicPath("Russia", 1)).toBe("/topics/russia/");
  expect(topicPath("Russia", 12)).toBe("/topics/russia/page/12/");
});

test("a paragraph's anchor is its position, and reads back as it", () => {
  expect(paragraphAnchor(1)).toBe("p-1");
  expect(paragraphAnchor(12)).toBe("p-12");
  for (const position of [1, 4, 120])
    expect(paragraphPosition(paragraphAnchor(position))).toBe(position);
  expect(paragraphPosition("#p-4")).toBe(4);
  for (const other of [
    "p-0",
    "p-04",
    "p--1",
    "p-",
    "p-1.5",
    "#p-4x",
    "P-4",
    "##p-4",
    "top",
    "p-99999999999999999999",
  ])
    expect(paragraphPosition(other), other).toBeUndefined();
});
