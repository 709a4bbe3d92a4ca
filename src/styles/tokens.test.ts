// @vitest-environment node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

// Read from disk: Vitest empties CSS imports, ?raw included.
const tokens = readFileSync(join(import.meta.dirname, "tokens.css"), "utf8");

/** The colour tokens declared in one block of tokens.css: light (`:root {`) or dark (inside the media query). */
function palette(scheme: "light" | "dark"): Map<string, string> {
  const darkAt = tokens.indexOf("@media (prefers-color-scheme: dark)");
  const block =
    scheme === "light" ? tokens.slice(0, darkAt) : tokens.slice(darkAt);
  return new Map(
    [...block.matchAll(/--(color-[a-z-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [
      m[1] ?? "",
      m[2] ?? "",
    ]),
  );
}

/** WCAG 2.2 relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** Every text colour and the backgrounds it is used on; 4.5:1 for text, 3:1 for focus rings. */
const PAIRS: [string, string, number][] = [
  ["color-text", "color-page", 4.5],
  ["color-text", "color-surface", 4.5],
  ["color-muted", "color-page", 4.5],
  ["color-muted", "color-surface", 4.5],
  ["color-link", "color-page", 4.5],
  ["color-link", "color-surface", 4.5],
  ["color-accent", "color-page", 4.5],
  ["color-page", "color-text", 4.5], // the search button: page colour on text colour
  ["color-notice-text", "color-notice", 4.5],
  ["color-focus", "color-page", 3],
  ["color-focus", "color-surface", 3],
];

test.each(["light", "dark"] as const)(
  "every %s text colour meets WCAG AA on its background",
  (scheme) => {
    const colours = palette(scheme);
    for (const [fg, bg, minimum] of PAIRS) {
      const [a, b] = [colours.get(fg), colours.get(bg)];
      expect(a, `--${fg} in ${scheme}`).toMatch(/^#/);
      expect(b, `--${bg} in ${scheme}`).toMatch(/^#/);
      expect(
        contrast(a ?? "", b ?? ""),
        `--${fg} on --${bg} in ${scheme}`,
      ).toBeGreaterThanOrEqual(minimum);
    }
  },
);

test("the contrast formula gives the known extremes", () => {
  expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
  expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
});
