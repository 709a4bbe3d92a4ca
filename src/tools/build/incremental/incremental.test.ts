// @vitest-environment node
// A second build after one story is added writes exactly what a clean build
// of the same stories writes, byte for byte, and draws only some pages again;
// a third that fails leaves it as it was.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, expect, test } from "vitest";
import { buildSite } from "../../../../tests/bench/buildSite.ts";
import {
  syntheticStory,
  writeSyntheticStories,
} from "../../../../tests/bench/syntheticStories.ts";

let temporary = "";
afterAll(() => rm(temporary, { recursive: true, force: true }));

async function tree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, {
    recursive: true,
    withFileTypes: true,
  }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(relative(dir, path), await readFile(path));
    }
  return files;
}

test(
  "one story added: an incremental build equals a clean one, byte for byte",
  { timeout: 300_000 },
  async () => {
    temporary = await mkdtemp(join(tmpdir(), "dateline-incremental-"));
    const stories = join(temporary, "stories");
    const env = {
      DATELINE_STORIES_DIR: stories,
      DATELINE_BUILD_DATE: "2026-01-01",
    };
    const incremental = join(temporary, "incremental");
    const clean = join(temporary, "clean");
    await writeSyntheticStories(stories, 30);
    await buildSite(incremental, env, ["--clean"]);

    const added = syntheticStory(31);
    await writeFile(
      join(stories, `${added.slug}.json`),
      `${JSON.stringify(added, null, 2)}\n`,
    );
    const second = await buildSite(incremental, env);
    await buildSite(clean, env, ["--clean"]);

    // It did less than a full build: bundles reused, most pages left as they were.
    expect(second.output).toContain("bundles reused");
    const drawn = /([\d,]+) pages drawn, ([\d,]+) unchanged/.exec(
      second.output,
    );
    expect(Number(drawn?.[2]?.replace(/,/g, ""))).toBeGreaterThan(0);
    expect(second.output).toMatch(
      /Changed since the last build: [1-9]\d* added/,
    );

    const [after, expected] = await Promise.all([
      tree(incremental),
      tree(clean),
    ]);
    expect([...after.keys()].sort()).toEqual([...expected.keys()].sort());
    const differing = [...expected].filter(
      ([file, bytes]) => !after.get(file)?.equals(bytes),
    );
    expect(differing.map(([file]) => file)).toEqual([]);

    // A build that fails late, after every page is drawn (here: a precache
    // cap the app shell cannot fit), leaves the last site exactly as it was.
    const another = syntheticStory(32);
    await writeFile(
      join(stories, `${another.slug}.json`),
      `${JSON.stringify(another, null, 2)}\n`,
    );
    const failed = buildSite(incremental, {
      ...env,
      DATELINE_PRECACHE_KB: "1",
    });
    await expect(failed).rejects.toThrow(
      /over the precache cap.*\/incremental\/ was left as it was\)/,
    );
    const untouched = await tree(incremental);
    expect([...untouched.keys()].sort()).toEqual([...after.keys()].sort());
    expect(
      [...after].filter(([file, bytes]) => !untouched.get(file)?.equals(bytes)),
    ).toEqual([]);
    expect((await readdir(temporary)).sort()).toEqual([
      "clean",
      "incremental",
      "stories",
    ]);
  },
);
