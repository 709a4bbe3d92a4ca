// @vitest-environment node
import { expect, test } from "vitest";
import tokens from "./tokens.css?raw";

/** Each palette and the selector of its block in tokens.css. */
const PALETTES = {
  light: ":root",
  sepia: ':root[data-theme="sepia"]',
  dark: ':root[data-theme="dark"]',
  "system dark": ':root:not([data-theme="light"], [data-theme="sepia"])',
} as const;
type PaletteName = keyof typeof PALETTES;

/** The text of the one block with this selector; fails the test if there is not exactly one. */
function block(selector: string): string {
  const opening = `${selector} {`;
  const starts = tokens.split(opening).length - 1;
  expect(starts, `blocks for ${selector} in tokens.css`).toBe(1);
  const start = tokens.indexOf(opening);
  return tokens.slice(start, tokens.indexOf("}", start));
}

/** The colour tokens declared in one palette's block. */
function palette(name: PaletteName): Map<string, string> {
  return new Map(
    [
      ...block(PALETTES[name]).matchAll(/--(color-[a-z-]+):\s*(#[0-9a-f]{6})/g),
    ].map((m) => [m[1] ?? "", m[2] ?? ""]),
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

test.each(Object.keys(PALETTES) as PaletteName[])(
  "every %s text colour meets WCAG AA on its background",
  (name) => {
    const colours = palette(name);
    for (const [fg, bg, minimum] of PAIRS) {
      const [a, b] = [colours.get(fg), colours.get(bg)];
      expect(a, `--${fg} in ${name}`).toMatch(/^#/);
      expect(b, `--${bg} in ${name}`).toMatch(/^#/);
      expect(
        contrast(a ?? "", b ?? ""),
        `--${fg} on --${bg} in ${name}`,
      ).toBeGreaterThanOrEqual(minimum);
    }
  },
);

test("every theme sets every colour, so none keeps a light colour by mistake", () => {
  const names = [...palette("light").keys()].sort();
  expect(names.length).toBeGreaterThan(0);
  for (const name of ["sepia", "dark", "system dark"] as const)
    expect([...palette(name).keys()].sort(), name).toEqual(names);
});

test("the chosen dark theme and the device's dark theme are the same palette", () => {
  expect(palette("dark")).toEqual(palette("system dark"));
  expect(tokens).toContain(
    `@media (prefers-color-scheme: dark) {\n  ${PALETTES["system dark"]} {`,
  );
});

test("each theme tells the browser its colour scheme, for form controls and scrollbars", () => {
  const scheme = (selector: string) =>
    /color-scheme:\s*([a-z ]+);/.exec(block(selector))?.[1];
  expect(scheme(":root")).toBe("light dark");
  expect(scheme(':root[data-theme="light"]')).toBe("light");
  expect(scheme(PALETTES.sepia)).toBe("light");
  expect(scheme(PALETTES.dark)).toBe("dark");
});

test("the contrast formula gives the known extremes", () => {
  expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
  expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
});
