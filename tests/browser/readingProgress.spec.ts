/**
 * Reading progress on a story page, in real Chromium: the bar follows the
 * reader through the text and fills at its end, the minutes left fall, and
 * neither is heard, printed, animated under reduced motion, or in the way
 * on a phone.
 */
import type { Locator, Page } from "@playwright/test";
import { readingTime } from "../../src/content/readingTime.ts";
import { wordCount } from "../../src/content/storyFacts.ts";
import { minutesLeft } from "../../src/app/readingProgress/minutesLeft.ts";
import { axeViolations, CHECKED_THEMES, inTheme } from "./axe.ts";
import { seedStory } from "./edition.ts";
import { expect, hydrated, STORY_PATH, test } from "./fixtures.ts";

// For the eye only, so found by what the test put on it, not by role.
const bar = (page: Page) => page.locator("[data-reading-progress]");
const note = (page: Page) => page.getByText(/ min left$/);

/** The bar's width as a share of the window's, from its transform. */
const share = (page: Page) =>
  bar(page).evaluate((element) => {
    const { transform } = getComputedStyle(element);
    return transform === "none" ? 1 : new DOMMatrix(transform).a;
  });

/** Scrolls so that `part` (0 to 1) of the text's travel past the window is behind the reader. */
async function readTo(page: Page, part: number): Promise<void> {
  await page.evaluate((part) => {
    const paragraphs = document.querySelectorAll('main article p[id^="p-"]');
    const top = paragraphs[0]!.getBoundingClientRect().top + window.scrollY;
    const bottom =
      paragraphs[paragraphs.length - 1]!.getBoundingClientRect().bottom +
      window.scrollY;
    window.scrollTo(0, top + part * (bottom - top - window.innerHeight));
  }, part);
}

async function openStory(page: Page): Promise<void> {
  await page.goto(STORY_PATH);
  await hydrated(page);
  await expect(bar(page)).toBeAttached();
}

/** The contrast ratio of an element's background with the page's. */
const contrastWithPage = (element: Locator) =>
  element.evaluate((drawn) => {
    const luminance = (color: string) => {
      const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map((c) => {
        const s = Number(c) / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const [hi = 0, lo = 0] = [
      luminance(getComputedStyle(drawn).backgroundColor),
      luminance(getComputedStyle(document.documentElement).backgroundColor),
    ].sort((a, b) => b - a);
    return (hi + 0.05) / (lo + 0.05);
  });

/** The larger figure of "1–2 min left". */
const most = (text: string) => Number(/(\d+) min/.exec(text)?.[1]);

test("the bar grows as the reader scrolls through the text and fills at its end, and the minutes left fall", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await openStory(page);
  await expect.poll(() => share(page)).toBe(0);
  await expect(note(page)).toBeHidden();

  const wholeStory = readingTime(wordCount(seedStory));
  const seen: string[] = [];
  for (const part of [0.25, 0.6]) {
    await readTo(page, part);
    await expect.poll(() => share(page)).toBeCloseTo(part, 1);
    await expect(note(page)).toBeVisible();
    // The header's reading time, for the part after the reader's place.
    await expect(note(page)).toHaveText(
      minutesLeft(wholeStory, 1 - (await share(page))),
    );
    seen.push((await note(page).textContent()) ?? "");
  }
  expect(most(seen[1]!)).toBeLessThan(most(seen[0]!));

  await page.evaluate(() =>
    window.scrollTo(0, document.documentElement.scrollHeight),
  );
  await expect.poll(() => share(page)).toBe(1);
  await expect(note(page)).toBeHidden();
});

test("screen readers do not hear the progress: it is hidden from them, with no live region", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await openStory(page);
  await readTo(page, 0.25);
  await expect(note(page)).toBeVisible();
  await expect(bar(page)).toHaveAttribute("aria-hidden", "true");
  await expect(note(page)).toHaveAttribute("aria-hidden", "true");
  await expect(note(page)).not.toHaveAttribute("aria-live", /./);
  await expect(note(page)).not.toHaveRole("status");
  expect(await page.getByRole("main").ariaSnapshot()).not.toContain("min left");
});

test("on paper the progress is left off", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await openStory(page);
  await readTo(page, 0.25);
  await expect(note(page)).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(bar(page)).toBeHidden();
  await expect(note(page)).toBeHidden();
});

test("the bar moves without a transition when the reader asks for less motion", async ({
  page,
}) => {
  const transition = () =>
    bar(page).evaluate((element) =>
      getComputedStyle(element)
        .transitionDuration.split(",")
        .reduce((most, time) => Math.max(most, parseFloat(time)), 0),
    );
  await openStory(page);
  expect(await transition()).toBeGreaterThan(0.05);
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await transition()).toBeLessThan(0.001);
});

test("on a 375 px phone only the slim bar shows, at the very top, and it covers no text", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 640 });
  await openStory(page);
  await readTo(page, 0.5);
  await expect.poll(() => share(page)).toBeGreaterThan(0);
  await expect(note(page)).toBeHidden();
  const box = await bar(page).boundingBox();
  expect(box?.y).toBe(0);
  expect(box?.height).toBeLessThanOrEqual(4);
  // A paragraph brought to the top by its shortcut sits below the bar.
  await page.keyboard.press("j");
  await expect
    .poll(() =>
      page.evaluate(() =>
        document.activeElement?.matches('main article p[id^="p-"]')
          ? document.activeElement.getBoundingClientRect().top
          : -1,
      ),
    )
    .toBeGreaterThan(4);
});

for (const theme of CHECKED_THEMES)
  for (const width of [375, 1280])
    test(`axe finds no violations with the reading progress showing, and the bar meets contrast: ${theme.name}, ${width} px`, async ({
      page,
    }) => {
      await inTheme(page, theme);
      await page.setViewportSize({ width, height: 600 });
      await openStory(page);
      await readTo(page, 0.3);
      await expect.poll(() => share(page)).toBeGreaterThan(0);
      if (width > 960) await expect(note(page)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      // WCAG 1.4.11 asks 3:1 of a graphic a reader must see; axe checks text only.
      expect(await contrastWithPage(bar(page))).toBeGreaterThanOrEqual(3);
    });
