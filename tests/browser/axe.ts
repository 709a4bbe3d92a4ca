/**
 * axe-core in the page, for specs that check the accessibility of a state
 * they bring about themselves (the offline note, the update prompt). axe.spec.ts
 * checks every page.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import type axe from "axe-core";
import { storedBeforeLoad } from "./fixtures.ts";

declare global {
  interface Window {
    axe: typeof axe;
  }
}

// @axe-core/playwright needs Node 22, so axe-core's own browser build is used.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** WCAG 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22aa",
  "best-practice",
];

/** The device's light and dark, and sepia, which only a reader's setting turns on. */
export const CHECKED_THEMES = [
  { name: "light", colorScheme: "light", setting: undefined },
  { name: "dark", colorScheme: "dark", setting: undefined },
  { name: "sepia", colorScheme: "light", setting: "sepia" },
] as const;

/**
 * Shows the page's next load in `theme`: the device's colour scheme, and for
 * sepia the reader's stored setting, in place before the page's first script.
 * @example for (const theme of CHECKED_THEMES) { await inTheme(page, theme); await page.goto(STORY_PATH); }
 */
export async function inTheme(
  page: Page,
  theme: (typeof CHECKED_THEMES)[number],
): Promise<void> {
  await page.emulateMedia({ colorScheme: theme.colorScheme });
  if (theme.setting)
    await storedBeforeLoad(
      page,
      "dateline:settings",
      JSON.stringify({ version: 1, theme: theme.setting }),
    );
}

/**
 * The violations axe finds in the page as it is now, one line each. Evaluated
 * through DevTools, so the page's Content-Security-Policy stays on.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window)))
    await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) => window.axe.run({ runOnly: tags }),
    AXE_TAGS,
  );
  // A run that checked nothing would also find nothing.
  if (results.passes.length <= 10)
    throw new Error(`axe checked only ${results.passes.length} rules`);
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}
