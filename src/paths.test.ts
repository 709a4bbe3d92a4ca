import { expect, test } from "vitest";
import { searchPath, storyPath, topicPath } from "./paths.ts";

test("a story's URL carries its section and date; a brief's needs neither", () => {
  expect(
    storyPath({
      kind: "full",
      slug: "a-story",
      headline: "A story",
      published: "2018-04-20",
      section: "World News",
      topics: ["Russia"],
      body: [],
      related: [],
    }),
  ).toBe("/world-news/2018/04/20/a-story/");
  expect(
    storyPath({ kind: "brief", slug: "a-brief", headline: "A brief" }),
  ).toBe("/briefs/a-brief/");
});

test("topic and search URLs are readable and safely encoded", () => {
  expect(topicPath("Donald Trump")).toBe("/topics/donald-trump/");
  expect(searchPath()).toBe("/search/");
  expect(searchPath("  ")).toBe("/search/");
  expect(searchPath("putin & trump")).toBe("/search/?q=putin+%26+trump");
});
