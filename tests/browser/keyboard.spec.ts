/**
 * The whole story page with the keyboard alone: every control in reading
 * order, each with a focus ring a reader can see, nothing that traps focus,
 * and Enter, Space and Escape doing what they say.
 */
import { expect, hydrated, STORY_PATH, test } from "./fixtures.ts";

type Stop = {
  label: string;
  /** Position in the document, to check that Tab follows reading order. */
  order: number;
  /** Focus ring against the page: width in px and contrast ratio. */
  ring: { width: number; contrast: number };
};

for (const colorScheme of ["light", "dark"] as const) {
  test(`Tab reaches every control in reading order, each with a visible ring (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(STORY_PATH);
    await hydrated(page);

    const controls = await page.evaluate(
      () =>
        Array.from(
          document.querySelectorAll<HTMLElement>(
            "a[href], button, input, select, textarea, [tabindex='0']",
          ),
        ).filter((el) => el.getClientRects().length > 0).length,
    );

    const stops: Stop[] = [];
    for (let i = 0; i < controls + 5; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate((): Stop | null => {
        const el = document.activeElement;
        if (!(el instanceof HTMLElement) || el === document.body) return null;
        const all = Array.from(document.querySelectorAll("*"));
        const style = getComputedStyle(el);
        const luminance = (color: string) => {
          const [r, g, b] = (color.match(/[\d.]+/g) ?? [])
            .map(Number)
            .map((c) => {
              const s = c / 255;
              return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
            });
          return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
        };
        const page = getComputedStyle(document.documentElement).backgroundColor;
        const [hi, lo] = [luminance(style.outlineColor), luminance(page)].sort(
          (a, b) => b - a,
        );
        return {
          label: `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`,
          order: all.indexOf(el),
          ring: {
            width:
              style.outlineStyle === "none"
                ? 0
                : parseFloat(style.outlineWidth),
            contrast: ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05),
          },
        };
      });
      if (stop === null) break; // Focus left the page: no trap.
      stops.push(stop);
    }

    // Every visible control was reached, then focus moved on out of the page.
    expect(stops.length, stops.map((s) => s.label).join("\n")).toBe(controls);
    expect(stops[0]?.label).toBe('a "Skip to content"');
    for (const [i, stop] of stops.entries()) {
      expect(stop.ring.width, stop.label).toBeGreaterThanOrEqual(2);
      expect(stop.ring.contrast, stop.label).toBeGreaterThanOrEqual(3);
      if (i > 0)
        expect(stop.order, stop.label).toBeGreaterThan(
          stops[i - 1]?.order ?? 0,
        );
    }
  });
}

test("Enter and Space work the controls, and Escape closes what opened", async ({
  page,
}) => {
  await page.goto(STORY_PATH);
  await hydrated(page);
  const save = page
    .getByRole("button", { name: /^Save “Russia: Trump/ })
    .first();
  await save.focus();
  await page.keyboard.press("Space");
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Enter");
  await expect(save).toHaveAttribute("aria-pressed", "false");

  const settings = page.getByRole("button", { name: "Text settings" });
  await settings.focus();
  await page.keyboard.press("Enter");
  await expect(settings).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await expect(
    page.getByRole("radio", { checked: true }).first(),
  ).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "4");
  await page.keyboard.press("Escape");
  await expect(settings).toHaveAttribute("aria-expanded", "false");
  await expect(settings).toBeFocused();

  const related = page.getByRole("complementary").getByRole("link").first();
  const name = await related.innerText();
  await related.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});
