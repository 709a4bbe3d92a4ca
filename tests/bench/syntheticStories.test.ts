// @vitest-environment node
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { checkEdition } from "../../src/content/catalogue.ts";
import { parseStory, plainText } from "../../src/content/story.ts";
import {
  syntheticSlug,
  syntheticStory,
  writeSyntheticStories,
} from "./syntheticStories.ts";

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

test("every synthetic story passes the checks a real story file must pass", () => {
  for (let index = 1; index <= 200; index += 1) {
    const story = syntheticStory(index);
    expect(
      parseStory(JSON.parse(JSON.stringify(story)), `${story.slug}.json`),
    ).toEqual(story);
  }
});

test("a synthetic story says plainly that it is synthetic", () => {
  const story = syntheticStory(42);
  expect(story.slug).toBe("synthetic-story-0042");
  expect(story.headline).toMatch(/^Synthetic story 0042: /);
  expect(plainText(story.body[0]?.inlines ?? [])).toMatch(
    /^Synthetic story 0042 is generated filler for the Dateline benchmark, not news\./,
  );
});

test("synthetic stories have the shape of real ones", () => {
  for (let index = 1; index <= 100; index += 1) {
    const story = syntheticStory(index);
    expect(story.body.length).toBeGreaterThanOrEqual(8);
    expect(story.body.length).toBeLessThanOrEqual(12);
    for (const [i, paragraph] of story.body.entries()) {
      const count = words(plainText(paragraph.inlines));
      expect(count).toBeGreaterThanOrEqual(50);
      expect(count).toBeLessThanOrEqual(i === 0 ? 85 : 70);
    }
    expect(story.topics.length).toBeGreaterThanOrEqual(1);
    expect(story.topics.length).toBeLessThanOrEqual(3);
    expect(story.related.length).toBeLessThanOrEqual(3);
  }
});

test("a story is the same whatever the count, and relates only to earlier stories", () => {
  expect(syntheticStory(7)).toEqual(syntheticStory(7));
  expect(syntheticStory(7)).not.toEqual(syntheticStory(8));
  expect(syntheticStory(1).related).toEqual([]);
  for (let index = 2; index <= 100; index += 1)
    for (const slug of syntheticStory(index).related)
      expect(slug < syntheticSlug(index)).toBe(true);
});

test("written stories form an edition the app accepts, one file per slug", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-synthetic-test-"));
  try {
    const slugs = await writeSyntheticStories(dir, 30);
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(slugs.map((slug) => `${slug}.json`).sort());
    const edition = checkEdition(
      Object.fromEntries(
        await Promise.all(
          files.map(async (file): Promise<[string, unknown]> => [
            `stories/${file}`,
            JSON.parse(await readFile(join(dir, file), "utf8")),
          ]),
        ),
      ),
    );
    expect(edition.stories).toHaveLength(30);
    // Newest first: story 0001 is the newest.
    expect(edition.stories[0]?.slug).toBe("synthetic-story-0001");
    expect(
      new Set(edition.stories.flatMap((story) => story.topics)).size,
    ).toBeLessThanOrEqual(8);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
