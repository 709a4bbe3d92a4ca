/**
 * Layout and the reader's own preferences: bigger text, less motion, forced
 * colours, fingers instead of a mouse, and words that say what they are.
 */
import { expectedPages } from "./edition.ts";
import { expect, hydrated, STORY_PATH, test } from "./fixtures.ts";

const PATHS = expectedPages.map((p) => p.path);

// WCAG 1.4.4: text at 200% on a desktop-sized window, where a reader zooms text.
test("at 200% text size nothing is cut off and nothing scrolls sideways", async ({
  page,
}) => {
  for (const width of [1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of PATHS) {
      await page.goto(path);
      await hydrated(page);
      // What a browser's text-size setting does: every rem doubles.
      await page.evaluate(() => {
        document.documentElement.style.fontSize = "200%";
      });
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth)
          found.push(
            `page is ${root.scrollWidth}px wide in ${root.clientWidth}px`,
          );
        for (const el of Array.from(
          document.querySelectorAll("h1, h2, h3, p, a, button, li"),
        )) {
          if (!(el instanceof HTMLElement) || el.getClientRects().length === 0)
            continue;
          if (el.closest(".visually-hidden")) continue;
          if (
            el.scrollWidth > el.clientWidth + 1 &&
            getComputedStyle(el).overflowX !== "visible"
          )
            found.push(
              `clipped: ${el.tagName} "${(el.textContent ?? "").slice(0, 30)}"`,
            );
        }
        return found;
      });
      expect(problems, `${path} at ${width}px`).toEqual([]);
    }
  }
});

test("reduced motion: no transitions, no smooth scrolling", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(STORY_PATH);
  await hydrated(page);
  const motion = await page.evaluate(
    () =>
      Array.from(document.querySelectorAll("*"))
        .map((el) => getComputedStyle(el))
        .filter(
          (style) =>
            parseFloat(style.transitionDuration) > 0.001 ||
            parseFloat(style.animationDuration) > 0.001 ||
            style.scrollBehavior === "smooth",
        ).length,
  );
  expect(motion).toBe(0);
});

test("forced colours: focus, links and controls stay visible", async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto(STORY_PATH);
  await hydrated(page);
  await page.keyboard.press("Tab");
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style).not.toBe("none");
  expect(ring.width).toBeGreaterThanOrEqual(2);
  const borderless = await page.evaluate(() =>
    Array.from(document.querySelectorAll("button"))
      .filter((b) => b.getClientRects().length > 0)
      .filter((b) => getComputedStyle(b).borderTopStyle === "none")
      .map((b) => b.textContent),
  );
  expect(borderless).toEqual([]);
  // Links keep their underline, which forced colours cannot take away.
  const bare = await page.evaluate(() =>
    Array.from(document.querySelectorAll("main p a[href]"))
      .filter(
        (a) => !getComputedStyle(a).textDecorationLine.includes("underline"),
      )
      .filter((a) => a.getAttribute("href")?.startsWith("#p-") !== true)
      .map((a) => a.textContent),
  );
  expect(bare).toEqual([]);
});

test("every target outside running text is at least 24 by 24 px", async ({
  page,
}) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of PATHS) {
      await page.goto(path);
      await hydrated(page);
      const small = await page.evaluate(() =>
        Array.from(
          // A label that names its input by for= is not the target; one
          // wrapping a hidden file input is.
          document.querySelectorAll<HTMLElement>(
            "a[href], button, input, label:not([for])",
          ),
        )
          .filter(
            (el) =>
              el.getClientRects().length > 0 && !el.closest(".visually-hidden"),
          )
          // WCAG 2.5.8 exempts targets inside a sentence: their size is the text's.
          .filter((el) => !el.closest("p"))
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(
            ({ el, box }) =>
              `${el.tagName} "${(el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`,
          ),
      );
      expect(small, `${path} at ${width}px`).toEqual([]);
    }
  }
});

test("every page declares its language, puts dates in <time>, and names links by where they go", async ({
  page,
}) => {
  for (const path of PATHS) {
    await page.goto(path);
    await hydrated(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const loose = await page.evaluate(() => {
      const dates =
        /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/;
      const found: string[] = [];
      const walker = document.createTreeWalker(
        document.body,
        NodeFilter.SHOW_TEXT,
      );
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (
          dates.test(node.textContent ?? "") &&
          !node.parentElement?.closest("time, script")
        )
          found.push(`date outside <time>: ${node.textContent ?? ""}`);
      for (const link of Array.from(document.querySelectorAll("a[href]"))) {
        const name = (
          link.getAttribute("aria-label") ??
          link.textContent ??
          ""
        ).trim();
        if (
          /^(click here|here|more|read more|link)$/i.test(name) ||
          name === ""
        )
          found.push(`link says nothing of where it goes: "${name}"`);
      }
      return found;
    });
    expect(loose, path).toEqual([]);
  }
});
