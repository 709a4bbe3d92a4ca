/**
 * Single-key shortcuts in real Chromium: each key does what the help says,
 * none acts while the reader types or holds Ctrl, Alt or Meta, none at all
 * once Text settings turns them off, and the help dialog is a proper modal.
 *
 * The edition has no list long enough for a second page (20 stories a page),
 * so [ and ] are checked here on a link with rel="next" and rel="prev" put
 * in the page by the test; startShortcuts.test.tsx follows a real paged list
 * through the route table.
 */
import type { Page } from "@playwright/test";
import { homePath, searchPath, topicsPath } from "../../src/content/paths.ts";
import { axeViolations, CHECKED_THEMES, inTheme } from "./axe.ts";
import {
  expect,
  hydrated,
  STORY_HEADLINE,
  STORY_PATH,
  storedBeforeLoad,
  test,
} from "./fixtures.ts";

/**
 * Resolves once the page listens: its shortcuts chunk, which loads after
 * hydration, has arrived and run (it adds the listener as it runs).
 */
async function listening(page: Page): Promise<void> {
  await hydrated(page);
  await page.waitForFunction(() =>
    performance
      .getEntriesByType("resource")
      .some((entry) => entry.name.includes("/startShortcuts-")),
  );
  await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
}

const paragraph = (page: Page, position: number) =>
  page.locator(`main article p#p-${position}`);
const saveButton = (page: Page) =>
  page
    .getByRole("main")
    .getByRole("button", { name: `Save “${STORY_HEADLINE}”` });

test("j and k move focus to the next and previous paragraph and scroll it into view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 640 });
  await page.goto(STORY_PATH);
  await listening(page);

  // From no paragraph: the first one below the top of the window.
  await page.keyboard.press("j");
  await expect(paragraph(page, 1)).toBeFocused();
  for (const position of [2, 3, 4]) {
    await page.keyboard.press("j");
    await expect(paragraph(page, position)).toBeFocused();
  }
  await expect(paragraph(page, 4)).toBeInViewport();
  // Brought to the top of the window, not merely somewhere on it.
  await expect
    .poll(() =>
      paragraph(page, 4).evaluate((p) => p.getBoundingClientRect().top),
    )
    .toBeLessThan(80);
  await page.keyboard.press("k");
  await expect(paragraph(page, 3)).toBeFocused();
  await expect(paragraph(page, 3)).toBeInViewport();

  // Scrolled away by hand, once the glide is over: j starts again from what is on screen.
  await expect
    .poll(() =>
      paragraph(page, 3).evaluate((p) => {
        const { top } = p.getBoundingClientRect();
        return top >= 0 && top < 80;
      }),
    )
    .toBe(true);
  await paragraph(page, 8).evaluate(async (p) => {
    const ended = new Promise((done) =>
      window.addEventListener("scrollend", done, { once: true }),
    );
    window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - 10);
    await ended;
  });
  await page.keyboard.press("j");
  await expect(paragraph(page, 8)).toBeFocused();
});

test("j and k scroll at once, without smooth scrolling, when the reader asks for less motion", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.setViewportSize({ width: 375, height: 640 });
  await page.goto(STORY_PATH);
  await listening(page);
  await paragraph(page, 6).evaluate((p) =>
    window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - 10),
  );
  await page.keyboard.press("k");
  await expect(paragraph(page, 5)).toBeFocused();
  // Read straight after the key, with no frame to animate in.
  const top = await paragraph(page, 5).evaluate(
    (p) => p.getBoundingClientRect().top,
  );
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(80);
});

test("s saves the story and s again unsaves it; held down, it does not repeat", async ({
  page,
}) => {
  await page.goto(STORY_PATH);
  await listening(page);
  const save = saveButton(page);
  await expect(save).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.press("s");
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("s");
  await expect(save).toHaveAttribute("aria-pressed", "false");

  // Held: the browser repeats the key (event.repeat); the story is saved once.
  await page.keyboard.down("s");
  await page.keyboard.down("s");
  await page.keyboard.down("s");
  await page.keyboard.up("s");
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await page.waitForTimeout(200);
  await expect(save).toHaveAttribute("aria-pressed", "true");
});

test("/ puts focus in the search field and types nothing; from a story it opens the search page there", async ({
  page,
}) => {
  await page.goto(searchPath());
  await listening(page);
  const field = page.getByRole("searchbox");
  await page.keyboard.press("/");
  await expect(field).toBeFocused();
  await expect(field).toHaveValue("");

  await page.goto(STORY_PATH);
  await listening(page);
  await page.keyboard.press("/");
  await page.waitForURL((url) => url.pathname === searchPath());
  await hydrated(page);
  await expect(page.getByRole("searchbox")).toBeFocused();
  await expect(page.getByRole("searchbox")).toHaveValue("");
});

test("nothing acts while the reader types in the search field", async ({
  page,
}) => {
  await page.goto(searchPath());
  await listening(page);
  const field = page.getByRole("searchbox");
  await field.click();
  await page.keyboard.type("jk s/[]?");
  await expect(field).toHaveValue("jk s/[]?");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe(searchPath());
});

test("nothing acts with Ctrl, Alt or Meta held, nor Shift with a letter", async ({
  page,
}) => {
  await page.goto(STORY_PATH);
  await listening(page);
  await page.keyboard.press("j");
  await expect(paragraph(page, 1)).toBeFocused();
  for (const key of ["Control+j", "Alt+j", "Meta+j", "Shift+J"]) {
    await page.keyboard.press(key);
    await expect(paragraph(page, 1), key).toBeFocused();
  }
  for (const key of ["Alt+s", "Meta+s", "Shift+S"])
    await page.keyboard.press(key);
  await page.waitForTimeout(200);
  await expect(saveButton(page)).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.press("Alt+Shift+Slash");
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("] and [ follow the list's next and previous page links; a list of one page ignores them", async ({
  page,
}) => {
  await page.goto(homePath);
  await listening(page);
  await page.keyboard.press("]");
  await page.keyboard.press("[");
  await page.waitForTimeout(300);
  expect(new URL(page.url()).pathname).toBe(homePath);

  // The links Pagination.tsx draws, as a list of several pages has them.
  const addPages = () =>
    page.evaluate(
      ([prev, next]) => {
        const nav = document.createElement("nav");
        nav.setAttribute("aria-label", "Pages");
        nav.innerHTML = `<a rel="prev" href="${prev}">Newer stories</a><a rel="next" href="${next}">Older stories</a>`;
        document.querySelector("main")?.append(nav);
      },
      [homePath, topicsPath],
    );
  await addPages();
  await page.keyboard.press("]");
  await page.waitForURL((url) => url.pathname === topicsPath);
  await listening(page);
  await addPages();
  await page.keyboard.press("[");
  await page.waitForURL((url) => url.pathname === homePath);
});

test("? opens the list of shortcuts as a modal; Escape and Close shut it and focus goes back", async ({
  page,
}) => {
  await page.goto(STORY_PATH);
  await listening(page);
  await page.keyboard.press("j");
  await expect(paragraph(page, 1)).toBeFocused();

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help.getByRole("button", { name: "Close" })).toBeFocused();
  for (const key of ["j", "k", "s", "/", "[", "]", "?"])
    await expect(help.locator("kbd", { hasText: key }).first()).toBeVisible();
  await expect(help).toContainText("Text settings");
  // The page behind is out of reach: j moves nothing.
  await page.keyboard.press("j");
  await expect(help.getByRole("button", { name: "Close" })).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await expect(paragraph(page, 1)).toBeFocused();

  await page.keyboard.press("?");
  await expect(help).toBeVisible();
  await help.getByRole("button", { name: "Close" }).click();
  await expect(help).toBeHidden();
  await expect(paragraph(page, 1)).toBeFocused();
});

test("turned off in Text settings, no key does anything, and turned on again they work at once", async ({
  page,
}) => {
  await page.goto(STORY_PATH);
  await listening(page);
  const choose = async (choice: "On" | "Off") => {
    await page.getByRole("button", { name: "Text settings" }).click();
    await page
      .getByRole("group", { name: "Single-key shortcuts" })
      .getByRole("radio", { name: choice })
      .check();
    await page.getByRole("heading", { level: 1 }).click();
  };
  await choose("Off");
  await expect(page.locator("html")).toHaveAttribute("data-shortcuts", "off");
  for (const key of ["j", "k", "s", "?", "]", "["])
    await page.keyboard.press(key);
  await page.keyboard.press("/");
  await page.waitForTimeout(300);
  await expect(paragraph(page, 1)).not.toBeFocused();
  await expect(saveButton(page)).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe(STORY_PATH);

  await choose("On");
  await page.keyboard.press("s");
  await expect(saveButton(page)).toHaveAttribute("aria-pressed", "true");
});

test("a reader who turned shortcuts off finds them off on the next visit", async ({
  page,
}) => {
  await storedBeforeLoad(
    page,
    "dateline:settings",
    JSON.stringify({ version: 1, shortcuts: "off" }),
  );
  await page.goto(STORY_PATH);
  await listening(page);
  await page.keyboard.press("s");
  await page.keyboard.press("?");
  await page.waitForTimeout(300);
  await expect(saveButton(page)).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

for (const theme of CHECKED_THEMES)
  for (const width of [375, 1280])
    test(`axe finds no violations with the shortcuts' help open: ${theme.name}, ${width} px`, async ({
      page,
    }) => {
      await inTheme(page, theme);
      await page.setViewportSize({ width, height: 800 });
      await page.goto(STORY_PATH);
      await listening(page);
      await page.keyboard.press("?");
      await expect(
        page.getByRole("dialog", { name: "Keyboard shortcuts" }),
      ).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
