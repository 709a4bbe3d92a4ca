import { expect, test } from "vitest";
import { keptStory, storyFile, storyUrls } from "./storyFiles.ts";

test("a cached URL names a story's data file or page, with or without the precache's revision, under a sub-path too", () => {
  expect(
    storyFile("https://x.org/data/stories/a-b.json?__WB_REVISION__=1"),
  ).toEqual({ slug: "a-b", file: "data" });
  expect(storyFile("https://x.org/world/2018/04/20/a-b/")).toEqual({
    slug: "a-b",
    file: "page",
    published: "2018-04-20",
  });
  expect(
    storyFile(
      "https://x.org/dateline/world/2018/04/20/a-b/index.html?__WB_REVISION__=2",
      "/dateline/",
    ),
  ).toEqual({ slug: "a-b", file: "page", published: "2018-04-20" });
  expect(storyFile("/briefs/a-b/")).toEqual({ slug: "a-b", file: "page" });
});

test("other files, other folders and other base paths are no story's", () => {
  for (const url of [
    "https://x.org/data/index.json",
    "https://x.org/topics/russia/",
    "https://x.org/topics/russia/page/2/",
    "https://x.org/page/2/",
    "https://x.org/",
    "https://x.org/data/stories/..%2Fx.json",
    "https://x.org/world/2018/04/20/Not-A-Slug/",
  ])
    expect(storyFile(url), url).toBeUndefined();
  expect(storyFile("https://x.org/briefs/a/", "/dateline/")).toBeUndefined();
});

test("a story is kept under its data file and its page", () => {
  expect(
    storyUrls(
      { kind: "full", slug: "a", section: "World", published: "2018-04-20" },
      "/dateline/",
    ),
  ).toEqual({
    data: "/dateline/data/stories/a.json",
    page: "/dateline/world/2018/04/20/a/",
  });
});

test("a kept data file gives the story's address and headline, or nothing if it is not one", () => {
  expect(
    keptStory({
      story: {
        kind: "full",
        slug: "a",
        headline: "A",
        section: "World",
        published: "2018-04-20",
        body: [],
      },
      related: [],
    }),
  ).toEqual({
    kind: "full",
    slug: "a",
    headline: "A",
    section: "World",
    published: "2018-04-20",
  });
  expect(
    keptStory({ story: { kind: "brief", slug: "b", headline: "B" } }),
  ).toEqual({ kind: "brief", slug: "b", headline: "B" });
  for (const data of [
    null,
    [],
    { story: { kind: "full", slug: "a", headline: "A", section: "World" } },
    {
      story: {
        kind: "full",
        slug: "a",
        headline: "A",
        section: "W",
        published: "2018-02-31",
      },
    },
    { story: { kind: "brief", slug: "../a", headline: "A" } },
  ])
    expect(keptStory(data)).toBeUndefined();
});
