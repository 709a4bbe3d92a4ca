// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { builtPages, pageKind } from "./builtPages.ts";

test("each page path has its kind", () => {
  expect(pageKind("/")).toBe("front");
  expect(pageKind("/page/2/")).toBe("front, later page");
  expect(pageKind("/world/2018/04/20/russia-trump-promised/")).toBe("story");
  expect(pageKind("/briefs/lavrov-rejects/")).toBe("brief");
  expect(pageKind("/topics/")).toBe("topics");
  expect(pageKind("/topics/donald-trump/")).toBe("topic");
  expect(pageKind("/search/")).toBe("search");
  expect(pageKind("/search/?q=putin")).toBe("search");
  expect(pageKind("/saved/")).toBe("saved");
  expect(pageKind("/bench-baseline/world/2018/04/20/x/")).toBe("other");
});

test("the pages of a build are its index.html files, as sorted site paths", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-pages-test-"));
  try {
    for (const file of [
      "index.html",
      "404.html",
      "topics/index.html",
      "topics/russia/index.html",
      "world/2018/04/20/a/index.html",
      "assets/index-abc.js",
      "bench-baseline/world/2018/04/20/a/index.html",
    ]) {
      await mkdir(join(dir, file, ".."), { recursive: true });
      await writeFile(join(dir, file), "");
    }
    expect(await builtPages(dir, ["/bench-baseline/"])).toEqual([
      { path: "/", kind: "front" },
      { path: "/topics/", kind: "topics" },
      { path: "/topics/russia/", kind: "topic" },
      { path: "/world/2018/04/20/a/", kind: "story" },
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
