/**
 * A story's data file is fetched when a reader shows they may open it (a
 * pointer resting on its link, keyboard focus, the link on screen a while),
 * so following the link asks the network for nothing more; a hard load asks
 * for what it always did, and Save-Data turns it off.
 */
import type { Page } from "@playwright/test";
import {
  expect,
  hydrated,
  ORIGIN,
  savingData,
  STORY_HEADLINE,
  STORY_PATH,
  test,
} from "./fixtures.ts";
import { homePath } from "../../src/content/paths.ts";

const BRIEF = "Russia: 'Unscrupulous' U.S. behavior destabilizes world";
const BRIEF_FILE =
  "/data/stories/russia-unscrupulous-us-behavior-destabilizes-world.json";
/** The chunk the prefetcher starts from, with the service worker (src/app/afterHydration.ts). */
const PREFETCHER = /\/afterHydration[-.][^/]*\.js$/;

// The page's requests are the test's evidence; a service worker answering
// from its cache would hide some of them.
test.use({ serviceWorkers: "block" });

/** Every data file the page asks for, in order, from the first byte on. */
function dataRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on("request", (request) => {
    const { origin, pathname } = new URL(request.url());
    if (origin === ORIGIN && pathname.startsWith("/data/"))
      asked.push(pathname);
  });
  return asked;
}

/** So a request can only come from hovering or focusing: no link is ever "on screen". */
async function withoutViewportRule(page: Page) {
  await page.addInitScript(() => {
    window.IntersectionObserver = class {
      readonly root = null;
      readonly rootMargin = "";
      readonly thresholds = [];
      observe() {}
      unobserve() {}
      disconnect() {}
      takeRecords() {
        return [];
      }
    };
  });
}

/** Hydrated, and the prefetcher (loaded after hydration, started when idle) listening. */
async function ready(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
  await page.waitForLoadState("networkidle");
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(resolve)),
  );
}

const relatedBrief = (page: Page) =>
  page.getByRole("complementary").getByRole("link", { name: BRIEF });

test("hovering a related story fetches its data before any click, and the click asks for it no more", async ({
  page,
}) => {
  await withoutViewportRule(page);
  const all = dataRequests(page);
  await ready(page, STORY_PATH);
  const asked = all.splice(0);
  // The page carries its own data: the hard load asked for none.
  expect(asked).toEqual([]);

  await relatedBrief(page).hover();
  await expect.poll(() => all).toEqual([BRIEF_FILE]);
  await relatedBrief(page).click();
  await expect(page).toHaveURL(
    /\/briefs\/russia-unscrupulous-us-behavior-destabilizes-world\/$/,
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(BRIEF);
  expect(all).toEqual([BRIEF_FILE]);
});

test("focusing a related story by keyboard fetches its data, and Enter asks for it no more", async ({
  page,
}) => {
  await withoutViewportRule(page);
  const all = dataRequests(page);
  await ready(page, STORY_PATH);
  all.length = 0;
  const link = relatedBrief(page);
  for (let tab = 0; tab < 80; tab += 1) {
    if (await link.evaluate((element) => element === document.activeElement))
      break;
    await page.keyboard.press("Tab");
  }
  await expect(link).toBeFocused();
  // The links tabbed past on the way were focused too, and fetched.
  await expect.poll(() => all).toContain(BRIEF_FILE);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(BRIEF);
  expect(all.filter((file) => file === BRIEF_FILE)).toEqual([BRIEF_FILE]);
});

test("a story link on screen for a while is fetched without a pointer or focus", async ({
  page,
}) => {
  const asked = dataRequests(page);
  await page.setViewportSize({ width: 375, height: 640 });
  await ready(page, STORY_PATH);
  await relatedBrief(page).scrollIntoViewIfNeeded();
  await expect.poll(() => asked, { timeout: 5_000 }).toContain(BRIEF_FILE);
});

test("with Save-Data on, hovering a story link fetches nothing", async ({
  page,
}) => {
  await savingData(page);
  const all = dataRequests(page);
  await ready(page, STORY_PATH);
  all.length = 0;
  await relatedBrief(page).hover();
  // Past the pointer's delay and a link's time on screen.
  await page.waitForTimeout(1_500);
  expect(all).toEqual([]);
  // Following the link still works; its data comes then.
  await relatedBrief(page).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(BRIEF);
  expect(all).toEqual([BRIEF_FILE]);
});

test("a hard load asks for no data file and no prefetcher before hydrating: the page carries its data", async ({
  page,
}) => {
  await ready(page, STORY_PATH);
  const { before, after } = await page.evaluate(() => {
    const mark = performance.getEntriesByName("dateline:hydrate")[0];
    const loaded = performance.getEntriesByType("resource");
    return {
      before: loaded
        .filter((entry) => !mark || entry.startTime <= mark.startTime)
        .map((entry) => new URL(entry.name).pathname),
      after: loaded
        .filter((entry) => mark && entry.startTime > mark.startTime)
        .map((entry) => new URL(entry.name).pathname),
    };
  });
  expect(before.length).toBeGreaterThan(0);
  expect(before.filter((path) => path.startsWith("/data/"))).toEqual([]);
  expect(before.filter((path) => PREFETCHER.test(path))).toEqual([]);
  expect(after.filter((path) => PREFETCHER.test(path))).toHaveLength(1);
});

test("from the front page, a hovered story's page code and data are fetched ahead, and the click fetches neither", async ({
  page,
}) => {
  await withoutViewportRule(page);
  await ready(page, homePath);
  const lead = page
    .getByRole("main")
    .getByRole("link", { name: STORY_HEADLINE })
    .first();
  await lead.hover();
  await page.waitForTimeout(500);
  await page.waitForLoadState("networkidle");
  const later: string[] = [];
  page.on("request", (request) => later.push(new URL(request.url()).pathname));
  await lead.click();
  await expect(page).toHaveURL(new URL(STORY_PATH, ORIGIN).href);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  expect(
    later.filter((path) => path.startsWith("/data/") || path.endsWith(".js")),
  ).toEqual([]);
});
