/**
 * A hard load has the site's assets already cached by a visit to the page
 * the navigation starts from, as for a reader who clicked through with the
 * app turned off; its first contentful paint shows the h1, which comes in the
 * HTML. Each measurement uses a fresh browser context, so nothing from an
 * earlier run is cached.
 *
 * On the phone profile (phone.ts) the page is loaded at full speed, then
 * throttled before the reader acts, and the service worker is blocked: it
 * would serve the hard load's document from its precache, which is not a
 * cold load, and its downloads would share the slow network.
 */
import type { Browser, Locator, Page } from "@playwright/test";
import { hydrated } from "../browser/fixtures.ts";
import { pageKind } from "./builtPages.ts";
import { throttle } from "./phone.ts";

export type ClientNavigation = {
  target: string;
  /** From the click until the frame with the new, focused h1 is painted. */
  ms: number;
  /** From the click until focus moved to the new h1: React's part of it. */
  focusedMs: number;
};
export type HardLoad = { fcpMs: number; hydratedMs: number };

/** Which link a navigation follows, found on the page it starts from. */
export type LinkChoice = (page: Page) => Promise<Locator>;

/** The first related story in a story's sidebar. */
export const relatedStory: LinkChoice = (page) =>
  Promise.resolve(
    page
      .getByRole("complementary", { name: "Related stories" })
      .getByRole("link")
      .first(),
  );

/** The first link in the page's main region to a story (the front page's lead). */
export const firstStory: LinkChoice = async (page) => {
  const links = page.getByRole("main").getByRole("link");
  const hrefs = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => anchor.getAttribute("href") ?? ""),
  );
  const index = hrefs.findIndex(
    (href) => pageKind(new URL(href, "http://x/").pathname) === "story",
  );
  if (index < 0) throw new Error("no link to a story in the page's main");
  return links.nth(index);
};

/**
 * How long a reader's pointer rests on a link before the click: about 300 ms
 * on average, by instant.page's measurements, long enough for a fetch on
 * hover to start and, on a fast network, to finish.
 */
export const HOVER_MS = 300;

/** A click that leads nowhere should fail the run, not hang it. */
const GIVE_UP_MS = 15_000;

/**
 * Opens `fromUrl`, then clicks the link `choose` picks and times the new
 * page. On the phone, the pointer first rests on the link for HOVER_MS, as a
 * reader's does; unthrottled, the click comes at once, as it always has.
 *
 * @example
 *   await clientNavigation(browser, storyUrl, relatedStory, { phone: true });
 */
export async function clientNavigation(
  browser: Browser,
  fromUrl: string,
  choose: LinkChoice,
  { phone }: { phone: boolean },
): Promise<ClientNavigation> {
  return withPage(browser, { phone }, async (page) => {
    await page.goto(fromUrl);
    await hydrated(page);
    // A reader reads before clicking: let the start-up work finish first.
    await page.waitForLoadState("networkidle");
    const link = await choose(page);
    const target = new URL((await link.getAttribute("href")) ?? "", fromUrl)
      .href;
    if (phone) {
      await throttle(page);
      await link.hover();
      await page.waitForTimeout(HOVER_MS);
    }
    // No named functions in here: tsx would wrap them in a helper the page lacks.
    const times = await link.evaluate(async (anchor, giveUpMs) => {
      const headline = anchor.textContent.trim();
      let focusedAt = NaN;
      document.addEventListener(
        "focusin",
        (event) => {
          if (event.target instanceof HTMLHeadingElement)
            focusedAt = performance.now();
        },
        { once: true },
      );
      const start = performance.now();
      (anchor as HTMLElement).click();
      for (;;) {
        // Checked as each frame begins: once it holds, this frame paints the new h1.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const h1 = document.querySelector("main h1");
        if (
          h1 !== null &&
          document.activeElement === h1 &&
          h1.textContent.trim() === headline
        )
          break;
        if (performance.now() - start > giveUpMs)
          throw new Error(`no focused h1 "${headline}" after the click`);
      }
      // A task queued in the frame's callbacks runs after its paint.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { ms: performance.now() - start, focusedMs: focusedAt - start };
    }, GIVE_UP_MS);
    return { target, ...times };
  });
}

/** Visits `fromUrl` first, to fill the cache; on the phone, only the load of `url` is throttled. */
export async function hardLoad(
  browser: Browser,
  fromUrl: string,
  url: string,
  { phone }: { phone: boolean },
): Promise<HardLoad> {
  return withPage(browser, { phone }, async (page) => {
    await page.goto(fromUrl);
    await hydrated(page);
    // The app's later downloads (after hydration) belong in the cache too.
    if (phone) {
      await page.waitForLoadState("networkidle");
      await throttle(page);
    }
    await page.goto(url);
    const hydratedMs = await hydrated(page);
    const fcpMs = await page.evaluate(
      () =>
        performance.getEntriesByName("first-contentful-paint")[0]?.startTime ??
        NaN,
    );
    return { fcpMs, hydratedMs };
  });
}

async function withPage<T>(
  browser: Browser,
  { phone }: { phone: boolean },
  measure: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(
    phone ? { serviceWorkers: "block" } : {},
  );
  try {
    return await measure(await context.newPage());
  } finally {
    await context.close();
  }
}
