import { expect, test } from "vitest";
import type { IndexEntry } from "./editionData.ts";
import { everyPath } from "./everyPath.ts";
import { PAGE_SIZE } from "./queries.ts";

function story(i: number, published: string, section: string): IndexEntry {
  return {
    kind: "full",
    slug: `story-${i}`,
    headline: `Story ${i}`,
    published,
    section,
    topics: [],
    paragraphs: 1,
  };
}

test("every prefix of every story's URL is a page, and long ones are paged", () => {
  // One more than a page in World's April 20, 2018, and one Sport story.
  const index = [
    ...Array.from({ length: PAGE_SIZE + 1 }, (_, i) =>
      story(i, "2018-04-20", "World"),
    ),
    story(99, "2017-01-02", "Sport"),
  ];
  const paths = everyPath(index);
  const archives = paths.filter(
    (path) =>
      /^\/(world|sport)\/(\d|page|$)/.test(path) && !path.includes("story-"),
  );
  expect(archives.sort()).toEqual(
    [
      "/world/",
      "/world/page/2/",
      "/world/2018/",
      "/world/2018/page/2/",
      "/world/2018/04/",
      "/world/2018/04/page/2/",
      "/world/2018/04/20/",
      "/world/2018/04/20/page/2/",
      "/sport/",
      "/sport/2017/",
      "/sport/2017/01/",
      "/sport/2017/01/02/",
    ].sort(),
  );
  expect(new Set(paths).size).toBe(paths.length);
  expect(paths).not.toContain("/world/page/3/");
  expect(paths).not.toContain("/sport/2018/");
});
