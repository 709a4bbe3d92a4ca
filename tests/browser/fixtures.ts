import { test as base, expect, type Page } from "@playwright/test";
import { storyPath } from "../../src/content/paths.ts";
import { seedStory } from "./edition.ts";

/**
 * Every browser test fails if the page logs an error or throws: a reader never
 * sees the console, so the tests watch it for them.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      // A page that answers 404 on purpose (the not-found page) is not an error in it.
      const notFoundPages = new Set<string>();
      page.on("response", (response) => {
        // So is the data file of a story that does not exist: that 404 is how a loader learns it.
        if (
          response.status() === 404 &&
          (response.request().isNavigationRequest() ||
            /\/data\/stories\/[^/]+\.json$/.test(response.url()))
        )
          notFoundPages.add(response.url());
      });
      page.on("console", (message) => {
        if (notFoundPages.has(message.location().url)) return;
        // Playwright's own stand-in for register() in tests that block service workers.
        if (
          message.text() === "Service Worker registration blocked by Playwright"
        )
          return;
        if (message.type() === "error" || message.type() === "warning")
          errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors and warnings").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The console fixture fails a test on any error; where the error is the very
 * fault a test brings about, the test names it here. Each logged error must
 * match one of the patterns (and there must be some); then they are cleared.
 */
export function expectOnly(consoleErrors: string[], expected: RegExp[]) {
  expect(
    consoleErrors.length,
    "the expected errors were logged",
  ).toBeGreaterThan(0);
  for (const message of consoleErrors)
    expect(
      expected.some((pattern) => pattern.test(message)),
      message,
    ).toBe(true);
  consoleErrors.length = 0;
}

export { ORIGIN } from "./ports.ts";

/** The seed story's address and headline, from its file (edition.ts). */
export const STORY_PATH = storyPath(seedStory);
export const STORY_HEADLINE = seedStory.headline;

/**
 * Resolves once the app is up: the root component's first effect has run
 * (src/app/AppShell.tsx sets `data-hydrated` on <html>), so React has
 * committed its tree, hydrating the pre-rendered page, or rendering where
 * there is nothing to hydrate. Resolves to the page's clock at that moment
 * (ms from navigation start, within a frame). Whether the pre-rendered
 * nodes were adopted rather than replaced is watchRemovedElements' check.
 *
 * @example
 *   await page.goto(STORY_PATH);
 *   await hydrated(page);
 */
export async function hydrated(page: Page): Promise<number> {
  const at = await page.waitForFunction(() =>
    document.documentElement.dataset["hydrated"] === "true"
      ? performance.now()
      : false,
  );
  return Number(await at.jsonValue());
}

/**
 * Puts `value` in local storage before the page's first script, once per
 * tab: a reload then sees what the page itself made of it.
 * @example await storedBeforeLoad(page, "dateline:reader", "{not json"); await page.goto(STORY_PATH);
 */
export async function storedBeforeLoad(
  page: Page,
  key: string,
  value: string,
): Promise<void> {
  await page.addInitScript(
    ([storageKey, stored]) => {
      if (sessionStorage.getItem("seeded")) return;
      localStorage.setItem(storageKey, stored);
      sessionStorage.setItem("seeded", "yes");
    },
    [key, value] as const,
  );
}

/**
 * Turns on Chromium's Save-Data (`navigator.connection.saveData`) before the
 * page's first script, which turns the prefetcher off: a story on screen for
 * a second would otherwise be fetched, cached and so open offline, and a
 * test that needs one story not kept would pass or fail by timing.
 */
export async function savingData(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const connection: unknown = Reflect.get(navigator, "connection");
    if (connection instanceof Object)
      Object.defineProperty(connection, "saveData", { get: () => true });
  });
}

/**
 * Lists elements removed from the page from the first byte on. React throws
 * away pre-rendered HTML it cannot match, so after hydrating a page this must
 * still be empty.
 */
export async function watchRemovedElements(
  page: Page,
): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const removed: string[] = [];
    (window as unknown as { removedElements: string[] }).removedElements =
      removed;
    new MutationObserver((records) => {
      for (const record of records)
        // Only the page itself: in development, StrictMode re-mounts the head tags on purpose.
        if (record.target instanceof Element && record.target.closest("#root"))
          for (const node of Array.from(record.removedNodes))
            if (node instanceof Element)
              removed.push(node.outerHTML.slice(0, 80));
    }).observe(document, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(
      () =>
        (window as unknown as { removedElements: string[] }).removedElements,
    );
}
