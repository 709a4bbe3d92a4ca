// @vitest-environment node
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test } from "vitest";
import { ARCHIVE_LIST_FILE } from "../../../app/offline/caches.ts";
import { cardPath, siteCardPath } from "../../../content/paths.ts";
import { siteWriter } from "../siteWriter.ts";
import { writeOfflineFiles } from "./offlineFiles.ts";
import {
  planPrecache,
  PrecacheCapError,
  precachedFiles,
  precacheReport,
  type SizedFile,
  type StoryFiles,
} from "./precachePlan.ts";

const file = (name: string, gzip: number): SizedFile => ({
  file: name,
  bytes: gzip * 3,
  gzip,
});
const story = (slug: string, published: string, gzip: number): StoryFiles => ({
  slug,
  published,
  files: [file(`${slug}/index.html`, gzip - 1), file(`data/${slug}.json`, 1)],
});

const shell = [file("assets/main.js", 60), file("index.html", 10)];
const newestFirst = [
  story("c", "2026-03-03", 10),
  story("b", "2026-03-02", 30),
  story("a", "2026-03-01", 5),
];

test("the shell whole, then the newest stories while they fit, each with its data file", () => {
  const plan = planPrecache(shell, newestFirst, 112);
  expect(plan.newest.map((s) => s.slug)).toEqual(["c", "b"]);
  expect(plan.left).toBe(1);
  expect(precachedFiles(plan).map((f) => f.file)).toEqual([
    "assets/main.js",
    "index.html",
    "c/index.html",
    "data/c.json",
    "b/index.html",
    "data/b.json",
  ]);
});

test("an older story never jumps ahead of a newer one that did not fit", () => {
  // b (30) does not fit in the 10 left after c; a (5) would, but is older.
  const plan = planPrecache(shell, newestFirst, 90);
  expect(plan.newest.map((s) => s.slug)).toEqual(["c"]);
  expect(plan.left).toBe(2);
});

test("a cap exactly reached is not passed", () => {
  expect(planPrecache(shell, newestFirst, 70).newest).toEqual([]);
  expect(planPrecache(shell, newestFirst, 80).newest).toHaveLength(1);
});

test("a shell over the cap fails the build, naming the cap's setting and the largest file", () => {
  expect(() => planPrecache(shell, newestFirst, 69)).toThrow(PrecacheCapError);
  expect(() => planPrecache(shell, newestFirst, 69)).toThrow(
    /app shell alone is 0\.1 KB gzip, over the precache cap.*DATELINE_PRECACHE_KB.*assets\/main\.js/,
  );
});

test("the report names what was kept and ends with the line the bench reads", () => {
  const lines = precacheReport(planPrecache(shell, newestFirst, 112));
  expect(lines.join("\n")).toContain(
    "newest stories: 2 (2026-03-02 to 2026-03-03)",
  );
  expect(lines.join("\n")).toContain("1 more open online");
  expect(lines.at(-1)).toBe(
    "precache: 6 files, 330 bytes, 110 bytes gzip, cap 112 bytes gzip",
  );
});

test("what the precache lists is what this build wrote: no share card (a reader never looks at one), no last build's script", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-precache-"));
  try {
    const story = {
      kind: "full" as const,
      slug: "lavrov",
      section: "World",
      published: "2018-04-20",
    };
    const site = siteWriter(dir);
    for (const file of [
      "assets/main.js",
      "index.html",
      "404.html",
      "search/index.html",
      "saved/index.html",
      "favicon.svg",
      "data/index.json",
      "world/2018/04/20/lavrov/index.html",
      "data/stories/lavrov.json",
      cardPath(story.slug).slice(1),
      siteCardPath.slice(1),
    ]) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await writeFile(join(dir, file), `${file}\n`);
      site.keep(file, file.length + 1);
    }
    // The last build's script, still in the folder until this build ends: gone from the next site.
    await writeFile(join(dir, "assets/main-old.js"), "old\n");
    const plan = await writeOfflineFiles(site, {
      base: "/",
      stories: [story],
      cap: 10 * 1024 * 1024,
    });
    const precached = precachedFiles(plan).map((f) => f.file);
    expect(precached).toContain("assets/main.js");
    expect(precached).not.toContain("assets/main-old.js");
    // The story was planned whole, so its card was left out for what it is, not for room.
    expect(precached).toContain("world/2018/04/20/lavrov/index.html");
    expect(precached.filter((file) => /card/.test(file))).toEqual([]);
    const archive = await readFile(join(dir, ARCHIVE_LIST_FILE), "utf8");
    expect(archive).toContain("world/2018/04/20/lavrov/");
    expect(archive).not.toMatch(/card/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);
