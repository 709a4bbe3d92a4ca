/**
 * Headlines in six scripts, from the import command to a page in Chromium.
 * Each wire text is imported into a stories folder of its own, built into a
 * site of its own (DATELINE_STORIES_DIR) and served as a static host would,
 * five ports above the site (ports.ts). The pre-render writes each page at
 * its decoded path; the server answers the percent-encoded URL a browser
 * asks for; the router matches it and hydration adopts the page; the
 * canonical URL and the sitemap carry the address percent-encoded.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEdition } from "../../src/tools/build/loadEdition.ts";
import { importStory, localDay } from "../../src/tools/import/importStory.ts";
import type { FullStory } from "../../src/content/story.ts";
import {
  homePath,
  sectionPath,
  storyPath,
  topicPath,
} from "../../src/content/paths.ts";
import { createStaticServer } from "../../src/tools/serve/staticServer.ts";
import { buildSite } from "../bench/buildSite.ts";
import { expect, hydrated, test } from "./fixtures.ts";
import { WORLD_ORIGIN, WORLD_PORT } from "./ports.ts";

const ROOT = join(import.meta.dirname, "../..");
const OUT_DIR = join(ROOT, "node_modules/.cache/dateline-world");

/** Each headline, and the slug it must import to: its own words, NFC, lower case. */
const HEADLINES = new Map([
  ["Россия 2018: визит", "россия-2018-визит"],
  ["Η Ελλάδα ψηφίζει σήμερα", "η-ελλαδα-ψηφιζει-σημερα"],
  ["مصر تعلن عن خطة جديدة", "مصر-تعلن-عن-خطة-جديدة"],
  ["ישראל והשכנות החדשה", "ישראל-והשכנות-החדשה"],
  ["中国宣布新的经济政策", "中国宣布新的经济政策"],
  ["🚀🌍", "🚀🌍"],
]);
const SECTION = "Мир";
const TOPICS = ["Россия", "🚀"];

/** A browser asks for the address percent-encoded, as encodeURI writes it. */
const url = (path: string) => `${WORLD_ORIGIN}${encodeURI(path)}`;

test.describe.configure({ mode: "serial" });

let server: Server | undefined;
let stories: FullStory[] = [];

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const temp = await mkdtemp(join(tmpdir(), "dateline-world-"));
  try {
    const storiesDir = join(temp, "stories");
    const sources = join(temp, "sources");
    await Promise.all([mkdir(storiesDir), mkdir(sources)]);
    let n = 0;
    for (const headline of HEADLINES.keys()) {
      n += 1;
      const file = join(temp, `story-${n}.txt`);
      await writeFile(
        file,
        `${headline}\n\n20/04/2018\n\nA paragraph of test text, number ${n}.\n`,
      );
      await importStory(
        [
          file,
          "--section",
          SECTION,
          ...TOPICS.flatMap((topic) => ["--topic", topic]),
          "--out",
          storiesDir,
          "--sources",
          sources,
        ],
        { today: localDay() },
      );
    }
    stories = loadEdition(storiesDir).stories;
    await buildSite(OUT_DIR, {
      DATELINE_STORIES_DIR: storiesDir,
      DATELINE_ORIGIN: WORLD_ORIGIN,
    });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  server = createStaticServer({ root: OUT_DIR });
  await new Promise<void>((resolve) =>
    server?.listen(WORLD_PORT, "127.0.0.1", resolve),
  );
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

function story(headline: string): FullStory {
  const found = stories.find((s) => s.headline === headline);
  if (!found) throw new Error(`${headline} was not imported`);
  return found;
}

test("each headline imports to its own words, and the pre-render writes its page at the decoded path", () => {
  expect(stories.map((s) => [s.headline, s.slug]).sort()).toEqual(
    [...HEADLINES].sort(),
  );
  for (const s of stories)
    expect(existsSync(join(OUT_DIR, storyPath(s), "index.html")), s.slug).toBe(
      true,
    );
});

for (const headline of HEADLINES.keys())
  test(`${headline}: its page loads, reloads, hydrates and is reached by a link`, async ({
    page,
  }) => {
    const path = storyPath(story(headline));
    const heading = page.getByRole("heading", { level: 1, name: headline });
    await page.goto(url(path));
    await hydrated(page);
    await expect(heading).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(encodeURI(path));
    // One: hydration adopted the pre-rendered head rather than drawing a second.
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      url(path),
    );

    await page.reload();
    await hydrated(page);
    await expect(heading).toBeVisible();

    // From the front page, by its link: the router matches the address in the app.
    await page.goto(url(homePath));
    await hydrated(page);
    await page.getByRole("link", { name: headline }).first().click();
    await expect(heading).toBeFocused();
    expect(new URL(page.url()).pathname).toBe(encodeURI(path));
  });

test("the section and topic pages in other scripts list every story", async ({
  page,
}) => {
  for (const path of [
    sectionPath(SECTION),
    ...TOPICS.map((t) => topicPath(t)),
  ]) {
    await page.goto(url(path));
    await hydrated(page);
    for (const headline of HEADLINES.keys())
      await expect(
        page.getByRole("link", { name: headline }).first(),
        `${path}: ${headline}`,
      ).toBeVisible();
  }
});

test("the sitemap lists every address percent-encoded", async () => {
  const sitemap = await readFile(join(OUT_DIR, "sitemap.xml"), "utf8");
  for (const s of stories)
    expect(sitemap, s.slug).toContain(`<loc>${url(storyPath(s))}</loc>`);
  expect(sitemap).toContain(`<loc>${url(topicPath("Россия"))}</loc>`);
  expect(sitemap).not.toMatch(/[^ -~\s]/);
});
