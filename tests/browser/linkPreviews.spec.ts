/**
 * Every built page as a link preview reads it: open-graph-scraper, a library
 * of the kind chat apps unfurl links with, given each page's HTML from dist/
 * (it fetches nothing). The browser suite has built dist/ already
 * (playwright.config.ts), so this costs no build of its own.
 */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import ogs from "open-graph-scraper";
import { CARD_SIZE, storyPath } from "../../src/content/paths.ts";
import { pngSize } from "../../src/tools/build/offline/icons.ts";
import { builtPages } from "../bench/builtPages.ts";
import { edition } from "./edition.ts";
import { expect, ORIGIN, test } from "./fixtures.ts";

/** What the site project serves (see playwright.config.ts). */
const DIST = resolve(import.meta.dirname, "../../dist");

/** Read when a test runs, not when the file loads: the build runs in between. */
async function previewOf(file: string) {
  const html = await readFile(join(DIST, file), "utf8");
  const { error, result } = await ogs({ html });
  expect(error, file).toBe(false);
  return result;
}

/** The built file an absolute URL on the site names, and its size in pixels. */
async function builtPng(
  url: string,
): Promise<{ width: number; height: number }> {
  expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
  const file = join(DIST, decodeURIComponent(new URL(url).pathname));
  return pngSize(await readFile(file));
}

/** One field deep in JSON-LD, which the scraper hands over as plain objects. */
function field(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>(
    (at, key) =>
      typeof at === "object" && at !== null && Object.hasOwn(at, key)
        ? (at as Record<string, unknown>)[key]
        : undefined,
    value,
  );
}

test("every built page unfurls with a title, a description and a large card the build holds at 1200×630", async () => {
  const files = [
    ...(await builtPages(DIST)).map(({ path }) => `${path.slice(1)}index.html`),
    "404.html",
  ];
  expect(files.length).toBeGreaterThan(10);
  const cards = new Map<string, { width: number; height: number }>();
  for (const file of files) {
    const preview = await previewOf(file);
    expect(preview.ogTitle, file).toBeTruthy();
    expect(preview.ogDescription, file).toBeTruthy();
    expect(preview.ogSiteName, file).toBe("Dateline");
    expect(preview.twitterCard, file).toBe("summary_large_image");
    const [image, ...more] = preview.ogImage ?? [];
    expect(more, file).toEqual([]);
    if (!image) throw new Error(`${file}: no og:image`);
    expect(String(image.width), file).toBe(String(CARD_SIZE.width));
    expect(String(image.height), file).toBe(String(CARD_SIZE.height));
    expect(image.alt, file).toBeTruthy();
    expect(
      preview.twitterImage?.map((t) => [t.url, t.alt]),
      file,
    ).toEqual([[image.url, image.alt]]);
    // Many pages share the site's card: each file is read once.
    const size = cards.get(image.url) ?? (await builtPng(image.url));
    cards.set(image.url, size);
    expect(size, `${file}: ${image.url}`).toEqual(CARD_SIZE);
  }
});

test("every story unfurls with its headline, its date and zone, the newsroom with its logo, and its credit", async () => {
  expect(edition.stories.length).toBeGreaterThan(0);
  for (const story of edition.stories) {
    const file = `${storyPath(story).slice(1)}index.html`;
    const preview = await previewOf(file);
    expect(preview.ogTitle, file).toBe(story.headline);
    expect(preview.ogType, file).toBe("article");
    expect(preview.ogImage?.[0]?.alt, file).toBe(story.headline);
    // The story's own day, with a time and a zone, so no reader's clock can move it.
    const dated = new RegExp(
      `^${story.published}T\\d\\d:\\d\\d:\\d\\d(?:Z|[+-]\\d\\d:\\d\\d)$`,
    );
    expect(preview.articlePublishedTime, file).toMatch(dated);

    const article = preview.jsonLD?.find(
      (data) => field(data, "@type") === "NewsArticle",
    );
    expect(field(article, "headline"), file).toBe(story.headline);
    expect(field(article, "datePublished"), file).toBe(
      preview.articlePublishedTime,
    );
    expect(field(article, "image", "url"), file).toBe(
      preview.ogImage?.[0]?.url,
    );
    expect(field(article, "publisher", "@type"), file).toBe(
      "NewsMediaOrganization",
    );
    expect(field(article, "publisher", "name"), file).toBe("Dateline");
    const logo = field(article, "publisher", "logo", "url");
    if (typeof logo !== "string") throw new Error(`${file}: no logo`);
    expect(await builtPng(logo), logo).toEqual({
      width: field(article, "publisher", "logo", "width"),
      height: field(article, "publisher", "logo", "height"),
    });

    if (!story.credit) continue;
    const agency = story.credit.organization;
    expect(preview.author, file).toBe(agency);
    expect(preview.articleAuthor, file).toBe(agency);
    expect(field(article, "author"), file).toEqual([
      { "@type": "Organization", name: agency },
    ]);
  }
  // The seed story has a credit, so the author checks above ran at least once.
  expect(edition.stories.some((story) => story.credit)).toBe(true);
});
