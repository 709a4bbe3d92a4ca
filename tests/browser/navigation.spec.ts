import {
  expect,
  hydrated,
  STORY_HEADLINE,
  STORY_PATH,
  test,
} from "./fixtures.ts";
import { homePath, searchPath } from "../../src/content/paths.ts";

const BRIEF = "Russia: 'Unscrupulous' U.S. behavior destabilizes world";

// Some tests hold files back with page.route. Once the service worker takes
// control (a second or so after the app starts) it answers from its cache
// and page.route never sees the request, so these tests run without one.
test.use({ serviceWorkers: "block" });

test("following a related story moves focus to the new h1 and announces the new title", async ({
  page,
}) => {
  await page.goto(STORY_PATH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    STORY_HEADLINE,
  );
  // Until the app is up a click is an ordinary page load; this is about the app's navigation.
  await hydrated(page);
  await page
    .getByRole("complementary")
    .getByRole("link", { name: BRIEF })
    .click();

  await expect(page).toHaveURL(
    /\/briefs\/russia-unscrupulous-us-behavior-destabilizes-world\/$/,
  );
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(BRIEF);
  await expect(h1).toBeFocused();
  await expect(page).toHaveTitle(`${BRIEF} — Dateline`);
  await expect(
    page.getByRole("status").filter({ hasText: "— Dateline" }),
  ).toHaveText(`${BRIEF} — Dateline`);
});

test("while the next page's data is on its way, the live region says Loading…, then the new title", async ({
  page,
}) => {
  await page.goto(STORY_PATH);
  await hydrated(page);
  // Hold the brief's data file back: the page cannot render until it arrives.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/data/stories/*.json", async (route) => {
    await held;
    await route.continue();
  });
  await page
    .getByRole("complementary")
    .getByRole("link", { name: BRIEF })
    .click();

  const live = page.locator('[role="status"][aria-live="polite"]', {
    hasText: /Loading…|— Dateline/,
  });
  await expect(live).toHaveText("Loading…");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    STORY_HEADLINE,
  );
  release();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(BRIEF);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(live).toHaveText(`${BRIEF} — Dateline`);
});

test("back returns to the story at the place the reader left it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 640 });
  await page.goto(STORY_PATH);
  // Until the app is up a click is an ordinary page load; this is about the app's history.
  await hydrated(page);
  const related = page
    .getByRole("complementary")
    .getByRole("link", { name: BRIEF });
  await related.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(500);

  await related.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(BRIEF);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    STORY_HEADLINE,
  );
  await expect
    .poll(() => page.evaluate(() => window.scrollY))
    .toBeGreaterThan(scrolled - 5);
  // Back is a page change like any other for a screen-reader user.
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(page).toHaveTitle(`${STORY_HEADLINE} — Dateline`);
  await expect(
    page.getByRole("status").filter({ hasText: "— Dateline" }),
  ).toHaveText(`${STORY_HEADLINE} — Dateline`);
});

test("forward returns to a story at the place the reader left it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 640 });
  await page.goto(homePath);
  await hydrated(page);
  await page.getByRole("link", { name: STORY_HEADLINE }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    STORY_HEADLINE,
  );
  await page
    .getByText("Contributing: The Associated Press")
    .scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(500);

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Dateline front page",
  );
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    STORY_HEADLINE,
  );
  await expect
    .poll(() => page.evaluate(() => window.scrollY))
    .toBeGreaterThan(scrolled - 5);
});

test("the skip link is the first Tab stop and takes focus to the main content", async ({
  page,
}) => {
  await page.goto(STORY_PATH);
  // Tab before the page has rendered would land nowhere; a reader sees the page first.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  // The next Tab stop is inside the story, not back in the masthead.
  await page.keyboard.press("Tab");
  const inMain = await page.evaluate(() =>
    document.querySelector("main")?.contains(document.activeElement),
  );
  expect(inMain).toBe(true);
});

test("searching from the search page puts the query in the URL", async ({
  page,
}) => {
  await page.goto(searchPath());
  // Until the app is up a search is an ordinary page load; this is about the app's.
  await hydrated(page);
  await page.getByRole("searchbox", { name: "Search stories" }).fill("Mueller");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=Mueller$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Search results for “Mueller”",
  );
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test("a reader who starts scrolling before JavaScript arrives is not sent back to the top", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 640 });
  // A slow phone: the pre-rendered page is readable long before its script runs.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // Module scripts hold back DOMContentLoaded, so wait for the text instead.
  await page.goto(STORY_PATH, { waitUntil: "commit" });
  await page.getByText(/Group of 20 summit/).waitFor();
  await page.evaluate(() => window.scrollTo(0, 900));
  release();
  await hydrated(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(900);
});

test("a text fragment link still works: hydration does not scroll it away", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 640 });
  await page.goto(homePath);
  // Browsers honour a text fragment only on a navigation the reader started:
  // a click on a plain link from another page, as from a chat app.
  await page.evaluate((href) => {
    const link = document.createElement("a");
    link.href = href;
    link.textContent = "shared quote";
    document.body.prepend(link);
  }, `${STORY_PATH}#:~:text=Group%20of%2020`);
  await page.getByRole("link", { name: "shared quote" }).click();
  await hydrated(page);
  await expect(page.getByText(/Group of 20 summit/)).toBeInViewport();
});
