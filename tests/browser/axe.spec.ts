import { createRequire } from "node:module";
import type axe from "axe-core";
import { expect, STORY_PATH, test } from "./fixtures.ts";

// axe is injected as an inline script, which the pages' CSP rightly refuses.
test.use({ bypassCSP: true });

// @axe-core/playwright needs Node 22, so axe-core's own browser build is injected instead.
declare global {
  interface Window {
    axe: typeof axe;
  }
}

const AXE_SOURCE = createRequire(import.meta.url).resolve(
  "axe-core/axe.min.js",
);
const TAGS = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22aa",
  "best-practice",
];

const PAGES = [
  "/",
  STORY_PATH,
  "/briefs/russia-unscrupulous-us-behavior-destabilizes-world/",
  "/topics/",
  "/topics/russia/",
  "/search/",
  "/search/?q=Putin",
  "/search/?q=zeppelin",
  "/saved/",
  "/no/such/page",
];

// The device's light and dark, and sepia, which only a reader's setting turns on.
const THEMES = [
  { name: "light", colorScheme: "light" },
  { name: "dark", colorScheme: "dark" },
  { name: "sepia", colorScheme: "light", setting: "sepia" },
] as const;

for (const { name: colorScheme, ...theme } of THEMES) {
  for (const width of [375, 1280]) {
    test(`axe finds no violations: ${colorScheme}, ${width} px`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: theme.colorScheme });
      if ("setting" in theme)
        await page.addInitScript((chosen) => {
          localStorage.setItem(
            "dateline:settings",
            JSON.stringify({ version: 1, theme: chosen }),
          );
        }, theme.setting);
      await page.setViewportSize({ width, height: 900 });
      const report: string[] = [];
      for (const path of PAGES) {
        await page.goto(path);
        await page
          .getByRole("heading", { level: 1 })
          .waitFor({ state: "attached" });
        await page.addScriptTag({ path: AXE_SOURCE });
        const results = await page.evaluate(
          (tags) => window.axe.run({ runOnly: tags }),
          TAGS,
        );
        // A run that checked nothing would also find nothing.
        expect(results.passes.length, path).toBeGreaterThan(10);
        for (const v of results.violations) {
          report.push(
            `${path} [${colorScheme} ${width}px] ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
          );
        }
      }
      expect(report).toEqual([]);
    });
  }
}
