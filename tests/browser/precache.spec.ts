/**
 * The service worker's tiers, in real Chromium: what a first visit keeps
 * (the app shell, the front page, the story index and the newest stories,
 * up to the build's cap), what browsing adds (bounded runtime caches), and
 * that a reader whose browser asks to save data is served what is already
 * on the device. Each test serves its own copy of the production build, so
 * it can change a file or stop the server.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { edition, seedStory } from "./edition.ts";
import { expect, hydrated, test } from "./fixtures.ts";
import { BUILDS, serve, type OwnServer } from "./ownServer.ts";
import { ownServerPort } from "./ports.ts";
import { homePath, storyPath } from "../../src/content/paths.ts";
import { dataFile } from "../../src/content/dataFiles.ts";
import { OFFLINE_CACHES } from "../../src/app/offline/caches.ts";

const [brief] = edition.briefs;
if (!brief) throw new Error("the edition needs a brief");
const briefPath = storyPath(brief);

let site = "";
let server: OwnServer | undefined;

test.beforeEach(async () => {
  site = await mkdtemp(join(tmpdir(), "dateline-precache-"));
  await cp(BUILDS.production.dir, site, { recursive: true });
  server = await serve(site, "/", ownServerPort(test.info().parallelIndex));
});

/**
 * A newer version of the brief's page on the server, marked outside what
 * React renders, so hydration is not disturbed.
 */
async function publishNewerBrief(): Promise<void> {
  const file = join(site, briefPath.slice(1), "index.html");
  const html = await readFile(file, "utf8");
  await writeFile(
    file,
    html.replace(
      "</head>",
      '<meta name="dateline-version" content="2"></head>',
    ),
  );
}
const showsNewer = (page: Page) =>
  page.locator('meta[name="dateline-version"]').count();

test.afterEach(async () => {
  await server?.stop();
  await rm(site, { recursive: true, force: true });
});

const at = (path: string) => `${server?.origin}${path}`;

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Each cache's URLs, relative to the site, without Workbox's revision parameter. */
function cachedUrls(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const found: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      found[name.replace(/-precache-.*/, "-precache")] = keys
        .map((request) => {
          const url = new URL(request.url);
          url.searchParams.delete("__WB_REVISION__");
          return url.pathname.slice(1) + url.search;
        })
        .sort();
    }
    return found;
  });
}

/** The runtime caches are written just after the response; wait for the entry, not a clock. */
async function cachedIn(page: Page, cache: string, path: string) {
  await expect
    .poll(async () => (await cachedUrls(page))[cache] ?? [])
    .toContain(path.slice(1));
}

/** Online: the front page (the worker takes over), then the brief, until it is kept. */
async function readBrief(page: Page): Promise<void> {
  await page.goto(at(homePath));
  await hydrated(page);
  await controlled(page);
  await page.goto(at(briefPath));
  await hydrated(page);
  await cachedIn(page, OFFLINE_CACHES.pages, briefPath);
}

test("a first visit keeps the shell, the front page, the index and the newest stories, not the whole edition", async ({
  page,
}) => {
  await page.goto(at(storyPath(seedStory)));
  await hydrated(page);
  await controlled(page);
  const precache = (await cachedUrls(page))["dateline-precache"] ?? [];
  expect(precache).toEqual(
    expect.arrayContaining([
      "index.html",
      "404.html",
      "search/index.html",
      "saved/index.html",
      "data/index.json",
      "manifest.webmanifest",
      // The newest story, with its data file.
      `${storyPath(seedStory).slice(1)}index.html`,
      dataFile.story(seedStory.slug),
    ]),
  );
  expect(
    precache.filter((url) => url.startsWith("assets/")).length,
  ).toBeGreaterThan(3);
  // Briefs are not among the newest stories: they wait until a reader opens them.
  expect(precache.some((url) => url.startsWith("briefs/"))).toBe(false);
  expect(precache).not.toContain(dataFile.story(brief.slug));
  // Nor does the worker keep itself, the feed, or the download-all list.
  for (const file of ["sw.js", "feed.xml", "offline/archive.json"])
    expect(precache).not.toContain(file);
  expect(precache.filter((url) => url.endsWith("/feed.xml"))).toEqual([]);
});

test("what a reader opens is kept as they read, and opens offline", async ({
  page,
  context,
}) => {
  const origin = server?.origin ?? "";
  await readBrief(page);

  await server?.stop();
  server = undefined;
  await context.setOffline(true);
  await page.goto(`${origin}${briefPath}`);
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    brief.headline,
  );
  await page.goto(`${origin}${homePath}`);
  await hydrated(page);
  await expect(
    page.getByRole("link", { name: seedStory.headline }).first(),
  ).toBeVisible();
});

test("online, a page a reader has read is fetched fresh", async ({ page }) => {
  await readBrief(page);
  await publishNewerBrief();
  await page.goto(at(briefPath));
  await hydrated(page);
  expect(await showsNewer(page)).toBe(1);
});

test.describe("with the browser asking to save data", () => {
  test.use({ extraHTTPHeaders: { "Save-Data": "on" } });

  test("a page already on the device is served from it, not downloaded again", async ({
    page,
  }) => {
    await readBrief(page);
    await publishNewerBrief();
    await page.goto(at(briefPath));
    await hydrated(page);
    expect(await showsNewer(page)).toBe(0);
  });
});
