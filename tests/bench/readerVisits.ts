/**
 * What a reader's first visits cost, counted on the server (wireCounter.ts),
 * each in a fresh browser context: nothing cached, no service worker yet.
 *
 *     const wire = wireCounter(server);
 *     await firstVisit(browser, siteUrl(server), wire);   // ~30 s
 *     await searchVisit(browser, new URL("search/?q=council+harbour", site).href, wire, { phone: true });
 */
import { errors, type Browser, type Page } from "@playwright/test";
import { throttle } from "./phone.ts";
import type { Transfer, WireCounter } from "./wireCounter.ts";

/** How long after `load` the service worker's background downloads are counted. */
export const FIRST_VISIT_MS = 30_000;

/** The folder Pagefind writes its index (and its runtime) to, in the built site. */
export const SEARCH_INDEX_DIR = "pagefind";

/** What the search page marks each result with. */
export const SEARCH_RESULT = "[data-search-result]";

/** Long enough for a throttled first search; a page that shows nothing by then shows nothing. */
const SEARCH_TIMEOUT_MS = 60_000;
/** After the first result, the rest of the page of results has this long to arrive. */
const SETTLE_TIMEOUT_MS = 15_000;

export type FirstVisit = Transfer & {
  /** The service worker's state at the end, "none" when none registered: then nothing was precached. */
  serviceWorker: string;
};

export type SearchVisit = {
  /** From navigation start to the first result on screen. */
  firstResultMs: number;
  /** Wire bytes up to the first result. */
  bytesToFirstResult: number;
  /** Wire bytes of the whole visit, until the page went quiet: the page and its app too. */
  bytes: number;
  /** Of `bytes`, what came from the search index folder. */
  indexBytes: number;
  requests: number;
  /** Each response of the visit, for the JSON report: what the bytes were. */
  files: Transfer["files"];
};

/**
 * Opens `url` in a fresh context and counts everything the server sends from
 * then until FIRST_VISIT_MS after `load`, the service worker's precache
 * downloads included.
 */
export async function firstVisit(
  browser: Browser,
  url: string,
  wire: WireCounter,
  ms = FIRST_VISIT_MS,
): Promise<FirstVisit> {
  const context = await browser.newContext();
  const counted = wire.start();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(ms);
    const serviceWorker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const worker =
        registration?.active ??
        registration?.waiting ??
        registration?.installing;
      return worker?.state ?? "none";
    });
    return { ...counted.stop(), serviceWorker };
  } finally {
    counted.stop();
    await context.close();
  }
}

/**
 * A reader on the site searches: in a fresh context the front page loads
 * first (so the app's scripts and styles are in the browser's cache, as for
 * anyone who searches from a page of the site), then the search page opens
 * and is timed to its first result; its bytes are what the search costs. The
 * service worker is blocked, so its precache downloads (counted by
 * firstVisit) do not count as search. On the phone profile the page's
 * network and CPU are throttled; without it only the bytes mean anything.
 * Null when no result showed within a minute.
 */
export async function searchVisit(
  browser: Browser,
  url: string,
  wire: WireCounter,
  { phone }: { phone: boolean },
): Promise<SearchVisit | null> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  let counted: ReturnType<WireCounter["start"]> | undefined;
  try {
    const page = await context.newPage();
    await page.goto(new URL("../", url).href);
    // The app's scripts load after `load` (src/app/boot.ts): wait until it runs.
    await page.waitForFunction(
      () => document.documentElement.dataset["hydrated"] === "true",
    );
    if (phone) await throttle(page);
    counted = wire.start();
    await page.goto(url, { waitUntil: "commit" });
    const firstResultMs = await firstResult(page).catch((error: unknown) => {
      if (error instanceof errors.TimeoutError) return null;
      throw error;
    });
    if (firstResultMs === null) return null;
    const bytesToFirstResult = counted.read().bytes;
    await page
      .waitForLoadState("networkidle", { timeout: SETTLE_TIMEOUT_MS })
      .catch(() => undefined);
    const { bytes, requests, files } = counted.stop();
    const indexBytes = files
      .filter((file) => file.url.includes(`/${SEARCH_INDEX_DIR}/`))
      .reduce((sum, file) => sum + file.bytes, 0);
    return {
      firstResultMs,
      bytesToFirstResult,
      bytes,
      indexBytes,
      requests,
      files,
    };
  } finally {
    counted?.stop();
    await context.close();
  }
}

/** The page's own clock (ms from navigation start) when a result is first visible, to a frame. */
async function firstResult(page: Page): Promise<number> {
  const at = await page.waitForFunction(
    (selector) => {
      const result = document.querySelector(selector);
      return result?.checkVisibility() ? performance.now() : false;
    },
    SEARCH_RESULT,
    { timeout: SEARCH_TIMEOUT_MS, polling: "raf" },
  );
  return Number(await at.jsonValue());
}
