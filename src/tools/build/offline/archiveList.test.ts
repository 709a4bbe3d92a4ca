import { expect, test } from "vitest";
import { archiveList } from "./archiveList.ts";

test("pages by folder, data and search files, with sizes; not the shell, the worker or the not-found page", () => {
  const files: Record<string, string> = {
    "index.html": "front",
    "404.html": "missing",
    "world/2018/04/20/a-story/index.html": "story a",
    "briefs/b/index.html": "brief",
    "data/index.json": "[]",
    "data/stories/a-story.json": "{}",
    "data/stories/b.json": "{}",
    "pagefind/pagefind.js": "js",
    "pagefind/index/en_1.pf_index": "ix",
    "assets/main-abc.js": "main",
    "sw.js": "worker",
    "offline/archive.json": "{}",
    "feed.xml": "<rss/>",
    "topics/russia/feed.xml": "<rss/>",
    "world/feed.xml": "<rss/>",
    "icons/icon-192.png": "png",
  };
  const list = archiveList(
    Object.entries(files).map(([file, content]) => ({
      file,
      bytes: content.length,
    })),
  );
  expect(list.files).toEqual([
    { url: "", bytes: 5 },
    { url: "briefs/b/", bytes: 5 },
    { url: "data/index.json", bytes: 2 },
    { url: "data/stories/a-story.json", bytes: 2 },
    { url: "data/stories/b.json", bytes: 2 },
    { url: "pagefind/index/en_1.pf_index", bytes: 2 },
    { url: "pagefind/pagefind.js", bytes: 2 },
    { url: "world/2018/04/20/a-story/", bytes: 7 },
  ]);
  expect(list.stories).toBe(2);
  expect(list.bytes).toBe(27);
});
