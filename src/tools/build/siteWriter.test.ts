// @vitest-environment node
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { siteWriter } from "./siteWriter.ts";

let dir = "";
afterEach(() => rm(dir, { recursive: true, force: true }));

async function files(): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

test("a second build writes only what changed, removes what it no longer makes, and says so", async () => {
  dir = await mkdtemp(join(tmpdir(), "dateline-writer-"));
  const first = siteWriter(dir);
  await first.write("index.html", "front");
  await first.write("world/a/index.html", "story a");
  await first.write("world/b/index.html", "story b");
  await first.write("data/a.json", "{}");
  expect(await first.finish()).toEqual({
    added: [
      "index.html",
      "world/a/index.html",
      "world/b/index.html",
      "data/a.json",
    ],
    changed: [],
    removed: [],
    unchanged: 0,
  });

  const second = siteWriter(dir);
  await second.write("index.html", "front, with c");
  await second.write("world/a/index.html", "story a");
  second.keep("data/a.json", 2);
  await second.write("world/c/index.html", "story c");
  expect(await second.finish()).toEqual({
    added: ["world/c/index.html"],
    changed: ["index.html"],
    removed: ["world/b/index.html"],
    unchanged: 2,
  });
  expect(await files()).toEqual([
    "data/a.json",
    "index.html",
    "world/a/index.html",
    "world/c/index.html",
  ]);
  expect(await readFile(join(dir, "index.html"), "utf8")).toBe("front, with c");
  expect(second.written.map((w) => w.file)).toEqual([
    "index.html",
    "world/a/index.html",
    "data/a.json",
    "world/c/index.html",
  ]);
});

test("files nobody produced, left by hand or by an older build, go, and so do the folders they leave empty", async () => {
  dir = await mkdtemp(join(tmpdir(), "dateline-writer-"));
  await mkdir(join(dir, "old/deep"), { recursive: true });
  await writeFile(join(dir, "old/deep/stale.html"), "x");
  const site = siteWriter(dir);
  await site.write("index.html", "front");
  const { removed } = await site.finish();
  expect(removed).toEqual(["old/deep/stale.html"]);
  expect(await files()).toEqual(["index.html"]);
  expect(await readdir(dir)).toEqual(["index.html"]);
});
