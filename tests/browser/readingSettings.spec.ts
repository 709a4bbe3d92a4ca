/**
 * Reading settings and print in real Chromium: chosen with the keyboard,
 * kept across reloads, and already in place at the first paint.
 */
import {
  expect,
  hydrated,
  ORIGIN,
  STORY_HEADLINE,
  STORY_PATH,
  test,
} from "./fixtures.ts";

const SEPIA_PAGE = "rgb(244, 236, 216)"; // --color-page in tokens.css, sepia

// One test holds the app's scripts back with page.route, which a service
// worker's cache would answer instead: these tests run without one.
test.use({ serviceWorkers: "block" });

test("settings chosen with the keyboard survive a reload, and apply before any app script runs", async ({
  page,
}) => {
  await page.goto(STORY_PATH);
  await hydrated(page);
  const button = page.getByRole("button", { name: "Text settings" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("radio", { name: "Sepia" }).check();
  await page.getByRole("radio", { name: "Largest" }).check();
  await page.getByRole("radio", { name: "Narrow" }).check();
  // Arrow keys within a group, as a keyboard user changes a radio choice.
  await page.getByRole("radio", { name: "Serif" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Sans" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("radio", { name: "On" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Off" })).toBeChecked();
  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();
  const bodySize = () =>
    page.evaluate(() =>
      parseFloat(
        getComputedStyle(document.querySelector("#p-1") as Element).fontSize,
      ),
    );
  const largest = await bodySize();

  // Reload with the app's scripts held back: what paints first is the HTML,
  // the CSS and the tiny head script only.
  await page.route(/\/assets\/.*\.js$/, () => {
    // Never answered: the app does not run in this load.
  });
  await page.reload({ waitUntil: "commit" });
  await page.getByRole("heading", { level: 1 }).waitFor();
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "sepia");
  await expect(html).toHaveAttribute("data-text-size", "5");
  await expect(html).toHaveAttribute("data-width", "narrow");
  await expect(html).toHaveAttribute("data-font", "sans");
  await expect(html).toHaveAttribute("data-shortcuts", "off");
  expect(
    await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    ),
  ).toBe(SEPIA_PAGE);
  expect(await bodySize()).toBe(largest);
  expect(
    await page.evaluate(
      () =>
        getComputedStyle(document.querySelector("#p-1") as Element).fontFamily,
    ),
  ).toMatch(/^system-ui,/);
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

test("the system theme follows the device until the reader picks one", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(STORY_PATH);
  await hydrated(page);
  const background = () =>
    page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
  const dark = await background();
  await page.getByRole("button", { name: "Text settings" }).click();
  await page.getByRole("radio", { name: "Light" }).check();
  expect(await background()).not.toBe(dark);
  // A click elsewhere closes the panel.
  await page.getByRole("heading", { level: 1 }).click();
  await expect(page.getByRole("radio", { name: "Light" })).toBeHidden();
});

test("a printed story is the story: headline, its address, date, text and credit, no chrome", async ({
  page,
}) => {
  await page.goto(STORY_PATH);
  await hydrated(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    STORY_HEADLINE,
  );
  await expect(page.getByText(`${ORIGIN}${STORY_PATH}`)).toBeVisible();
  await expect(page.getByText("April 20, 2018")).toBeVisible();
  await expect(
    page.getByText("Contributing: The Associated Press"),
  ).toBeVisible();
  await expect(page.getByText(/Group of 20 summit/)).toBeVisible();
  await expect(page.getByRole("banner").first()).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeHidden();
  await expect(page.getByRole("complementary")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  for (const button of await page
    .getByRole("button", { includeHidden: true })
    .all())
    await expect(button).toBeHidden();
  await expect(
    page.getByRole("link", { name: "Link to paragraph 1" }),
  ).toBeHidden();

  await page.emulateMedia({ media: "screen" });
  await expect(page.getByText(`${ORIGIN}${STORY_PATH}`)).toBeHidden();
});
