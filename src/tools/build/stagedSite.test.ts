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
import { afterEach, beforeEach, expect, test } from "vitest";
import { siteWriter } from "./siteWriter.ts";
import { stageSite } from "./stagedSite.ts";

let parent = "";
let live = "";
beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), "dateline-staged-"));
  live = join(parent, "dist");
});
afterEach(() => rm(parent, { recursive: true, force: true }));

async function liveSite(files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(live, file, ".."), { recursive: true });
    await writeFile(join(live, file), text);
  }
}

async function contents(dir: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const entry of await readdir(dir, {
    recursive: true,
    withFileTypes: true,
  }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      found[path.slice(dir.length + 1)] = await readFile(path, "utf8");
    }
  return found;
}

test("the live site is untouched while the next one is written, then replaced whole", async () => {
  await liveSite({ "index.html": "old front", "a/index.html": "story a" });
  const staged = await stageSite(live);
  const output = siteWriter(staged.dir);
  await output.write("index.html", "new front");
  await output.write("b/index.html", "story b");
  await output.finish();

  // Staged files start as hard links to the live ones: a rewrite must not reach through.
  expect(await contents(live)).toEqual({
    "index.html": "old front",
    "a/index.html": "story a",
  });
  await staged.commit();
  expect(await contents(live)).toEqual({
    "index.html": "new front",
    "b/index.html": "story b",
  });
  expect((await readdir(parent)).sort()).toEqual(["dist"]);
});

test("an abandoned build leaves the live site exactly as it was, and no staging behind", async () => {
  await liveSite({ "index.html": "old front", "a/index.html": "story a" });
  const staged = await stageSite(live);
  const output = siteWriter(staged.dir);
  await output.write("index.html", "half");
  await staged.abandon();
  expect(await contents(live)).toEqual({
    "index.html": "old front",
    "a/index.html": "story a",
  });
  expect(await readdir(parent)).toEqual(["dist"]);
});

test("a first build creates the folder only when it succeeds", async () => {
  const staged = await stageSite(live);
  await siteWriter(staged.dir).write("index.html", "front");
  expect(await readdir(parent)).toEqual(["dist.building"]);
  await staged.commit();
  expect(await contents(live)).toEqual({ "index.html": "front" });
});

test("what a killed build left beside the site is cleared, not carried into the next", async () => {
  await liveSite({ "index.html": "front" });
  await mkdir(join(parent, "dist.building"));
  await writeFile(join(parent, "dist.building", "stray.html"), "stray");
  const staged = await stageSite(live);
  await staged.commit();
  expect(await contents(live)).toEqual({ "index.html": "front" });
});
