/**
 * A hard load has the site's assets already cached by a visit to the story,
 * as for a reader who clicked through with the app turned off; its first
 * contentful paint shows the h1, which comes in the HTML. Each measurement
 * uses a fresh browser context, so nothing from an earlier run is cached.
 */
import type { Browser, Page } from "@playwright/test";
import { hydrated } from "../browser/fixtures.ts";

export type ClientNavigation = {
  target: string;
  /** From the click until the frame with the new, focused h1 is painted. */
  ms: number;
  /** From the click until focus moved to the new h1: React's part of it. */
  focusedMs: number;
};
export type HardLoad = { fcpMs: number; hydratedMs: number };

/** A click that leads nowhere should fail the run, not hang it. */
const GIVE_UP_MS = 15_000;

export async function clientNavigation(
  browser: Browser,
  storyUrl: string,
): Promise<ClientNavigation> {
  return withPage(browser, async (page) => {
    await page.goto(storyUrl);
    await hydrated(page);
    // A reader reads before clicking: let the start-up work finish first.
    await page.waitForLoadState("networkidle");
    const link = page
      .getByRole("complementary", { name: "Related stories" })
      .getByRole("link")
      .first();
    const target = new URL((await link.getAttribute("href")) ?? "", storyUrl)
      .href;
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

/** Visits `fromUrl` first, to fill the cache. */
export async function hardLoad(
  browser: Browser,
  fromUrl: string,
  url: string,
): Promise<HardLoad> {
  return withPage(browser, async (page) => {
    await page.goto(fromUrl);
    await hydrated(page);
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
  measure: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext();
  try {
    return await measure(await context.newPage());
  } finally {
    await context.close();
  }
}
