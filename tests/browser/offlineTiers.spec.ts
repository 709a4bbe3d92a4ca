/**
 * The page's side of the offline tiers, in real Chromium: saved stories kept
 * and released, the page that says a story is not kept, the lists' marks, and
 * "Download all" with its progress, cancel and room check. Each test serves
 * its own copy of the production build (slowed down where progress must be
 * seen), lets the service worker take over, then stops the server and sets
 * the browser offline, so only what this device keeps can answer.
 */
import { createServer } from "node:http";
import type { Page } from "@playwright/test";
import { axeViolations } from "./axe.ts";
import { edition, seedStory } from "./edition.ts";
import {
  expect,
  expectOnly,
  hydrated,
  savingData,
  storedBeforeLoad,
  test,
} from "./fixtures.ts";
import { BUILDS } from "./ownServer.ts";
import { ownServerPort } from "./ports.ts";
import { dataFile } from "../../src/content/dataFiles.ts";
import { homePath, savedPath, storyPath } from "../../src/content/paths.ts";
import { OFFLINE_CACHES } from "../../src/app/offline/caches.ts";
import { createStaticServer } from "../../src/tools/serve/staticServer.ts";

const [kept, other] = edition.briefs;
if (!kept || !other) throw new Error("the edition needs two briefs");
const everyStory = [...edition.stories, ...edition.briefs];
const NOT_KEPT = "This story isn't saved for offline reading";
/** What Chromium logs for a request that nothing (no network, no cache) answered. */
const UNANSWERED =
  /^Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED|CONNECTION_REFUSED)$/;

type Site = {
  at: (path: string) => string;
  /** Each request waits this long first, so a download's progress can be seen. */
  delay: (ms: number) => void;
  stop: () => Promise<void>;
};

/** The production build, served by the static server, with a delay that can be turned on. */
async function serveSite(port: number): Promise<Site> {
  const site = createStaticServer({
    root: BUILDS.production.dir,
    base: BUILDS.production.base,
  });
  let delayMs = 0;
  const server = createServer((request, response) => {
    setTimeout(() => site.emit("request", request, response), delayMs);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    at: (path) => `${origin}${path}`,
    delay: (ms) => (delayMs = ms),
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

let site: Site;
let stopped = false;

test.beforeEach(async ({ page }) => {
  // Which stories open offline must be what a reader kept, not what the
  // prefetcher happened to fetch while the test looked at a list.
  await savingData(page);
  site = await serveSite(ownServerPort(test.info().parallelIndex));
  stopped = false;
});

test.afterEach(async () => {
  if (!stopped) await site.stop();
});

async function goOffline(page: Page): Promise<void> {
  await site.stop();
  stopped = true;
  await page.context().setOffline(true);
}

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** A cache's paths, without Workbox's revision parameter. */
function cachedPaths(page: Page, cache: string): Promise<string[]> {
  return page.evaluate(async (name) => {
    if (!(await caches.has(name))) return [];
    const keys = await (await caches.open(name)).keys();
    return keys.map((request) => new URL(request.url).pathname).sort();
  }, cache);
}

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const main = (page: Page) => page.getByRole("main");

async function noAxeViolations(page: Page, state: string): Promise<void> {
  expect(await axeViolations(page), state).toEqual([]);
}

test("a story saved from a list is kept with its data, opens offline by a link and by its address, and unsaving releases it", async ({
  page,
}) => {
  const keptPath = storyPath(kept);
  await page.goto(site.at(homePath));
  await hydrated(page);
  await controlled(page);
  await page.getByRole("button", { name: `Save “${kept.headline}”` }).click();
  await expect
    .poll(() => cachedPaths(page, OFFLINE_CACHES.saved))
    .toEqual([keptPath, `/${dataFile.story(kept.slug)}`].sort());
  await page.goto(site.at(savedPath));
  await hydrated(page);
  await expect(main(page).getByText("Kept for reading offline")).toBeVisible();

  await page.goto(site.at(homePath));
  await hydrated(page);
  await goOffline(page);

  // The lists say which stories open.
  const card = (headline: string) =>
    main(page)
      .getByRole("article")
      .filter({ has: page.getByRole("link", { name: headline }) });
  await expect(card(kept.headline)).toContainText("Available offline");
  await expect(card(seedStory.headline)).toContainText("Available offline");
  await expect(card(other.headline)).toContainText("Needs a connection");
  await noAxeViolations(page, "front page offline, with its marks");

  // A link inside the app, then the address loaded afresh.
  await main(page).getByRole("link", { name: kept.headline }).click();
  await expect(h1(page)).toHaveText(kept.headline);
  await page.goto(site.at(keptPath));
  await hydrated(page);
  await expect(h1(page)).toHaveText(kept.headline);

  // Unsaved, even offline, its copies go.
  await page
    .getByRole("button", { name: `Save “${kept.headline}”` })
    .first()
    .click();
  await expect.poll(() => cachedPaths(page, OFFLINE_CACHES.saved)).toEqual([]);
});

test("offline, a story this device has not kept says so, and links to what it has", async ({
  page,
  consoleErrors,
}) => {
  await page.goto(site.at(homePath));
  await hydrated(page);
  await controlled(page);
  await goOffline(page);

  await main(page).getByRole("link", { name: other.headline }).click();
  await expect(h1(page)).toHaveText(NOT_KEPT);
  await expect(h1(page)).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^${NOT_KEPT}`));
  await expect(
    main(page).getByRole("link", { name: "front page" }),
  ).toBeVisible();
  await expect(
    main(page).getByRole("link", { name: "saved stories" }),
  ).toBeVisible();
  // The newest story is kept by every first visit.
  const keptHere = main(page).getByRole("region", {
    name: "Kept on this device",
  });
  await expect(
    keptHere.getByRole("link", { name: seedStory.headline }),
  ).toBeVisible();
  await noAxeViolations(page, "a story not kept, offline");

  // Its own address, loaded afresh: the worker's 404.html, whose app says the same.
  await page.goto(site.at(storyPath(other)));
  await hydrated(page);
  await expect(h1(page)).toHaveText(NOT_KEPT);
  // Chromium logs each request no copy could answer: the story's data file, twice.
  expectOnly(consoleErrors, [UNANSWERED]);

  // And what it links to opens.
  await keptHere.getByRole("link", { name: seedStory.headline }).click();
  await expect(h1(page)).toHaveText(seedStory.headline);
});

test("download all shows its progress, can be cancelled, then completes, and every story opens offline", async ({
  page,
}) => {
  await page.goto(site.at(savedPath));
  await hydrated(page);
  await controlled(page);
  const section = main(page).getByRole("region", { name: "Read offline" });
  await section
    .getByRole("button", { name: "Download all stories for offline…" })
    .click();
  const offer = section.getByRole("button", {
    name: new RegExp(
      `^Download all ${everyStory.length} stories for offline \\(about \\d+ KB\\)$`,
    ),
  });
  await expect(offer).toBeFocused();

  site.delay(400);
  await offer.click();
  const progress = section.getByRole("progressbar", {
    name: "Downloading stories for offline",
  });
  await expect(progress).toBeVisible();
  await expect(
    section.getByText(new RegExp(`^\\d of ${everyStory.length} stories$`)),
  ).toBeVisible();
  await noAxeViolations(page, "download in progress");
  await section.getByRole("button", { name: "Cancel download" }).click();
  await expect(section.getByText(/^Stopped\./)).toBeFocused();
  const afterCancel = (await cachedPaths(page, OFFLINE_CACHES.archive)).length;

  site.delay(0);
  await section.getByRole("button", { name: "Download again" }).click();
  await expect(
    section.getByText(
      `Done: all ${everyStory.length} stories are kept on this device for reading offline.`,
    ),
  ).toBeVisible();
  expect(
    (await cachedPaths(page, OFFLINE_CACHES.archive)).length,
  ).toBeGreaterThan(afterCancel);
  await expect(
    section.getByText(/^Your browser (will keep|did not promise)/),
  ).toBeVisible();
  await noAxeViolations(page, "download done");

  await goOffline(page);
  for (const story of everyStory) {
    await page.goto(site.at(storyPath(story)));
    await hydrated(page);
    await expect(h1(page), story.slug).toHaveText(story.headline);
  }
});

test("without room on the device, download all is refused with a clear message", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, "estimate", {
      value: () => Promise.resolve({ quota: 50_000, usage: 50_000 }),
    });
  });
  await page.goto(site.at(savedPath));
  await hydrated(page);
  const section = main(page).getByRole("region", { name: "Read offline" });
  await section
    .getByRole("button", { name: "Download all stories for offline…" })
    .click();
  await expect(
    section.getByText(/^There isn't room on this device\./),
  ).toBeFocused();
  await expect(
    section.getByRole("button", { name: /^Download all \d/ }),
  ).toHaveCount(0);
  await noAxeViolations(page, "no room");
  expect(await cachedPaths(page, OFFLINE_CACHES.archive)).toEqual([]);
});

test("a reader who chose the hyperlegible face keeps it once fetched, and offline the story is still drawn in it", async ({
  page,
}) => {
  await storedBeforeLoad(
    page,
    "dateline:settings",
    JSON.stringify({ version: 1, font: "hyperlegible" }),
  );
  const story = site.at(storyPath(seedStory));
  await page.goto(story);
  await hydrated(page);
  await controlled(page);
  // The first load came before the worker; the next goes through it.
  await page.reload();
  await hydrated(page);
  await expect
    .poll(async () =>
      (await cachedPaths(page, OFFLINE_CACHES.fonts)).filter((path) =>
        path.endsWith(".woff2"),
      ),
    )
    .toHaveLength(2);

  await goOffline(page);
  await page.reload();
  await hydrated(page);
  await expect(h1(page)).toHaveText(seedStory.headline);
  const loadedFaces = () =>
    page.evaluate(async () => {
      await document.fonts.ready;
      const weights: string[] = [];
      document.fonts.forEach((face) => {
        if (
          face.family.includes("Atkinson Hyperlegible") &&
          face.status === "loaded"
        )
          weights.push(face.weight);
      });
      return weights.sort();
    });
  await expect.poll(loadedFaces).toEqual(["400", "700"]);
});
