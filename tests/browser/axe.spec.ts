import { createRequire } from "node:module";
import type axe from "axe-core";
import { edition, expectedPages } from "./edition.ts";
import { AXE_TAGS } from "./axe.ts";
import { expect, hydrated, test } from "./fixtures.ts";

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

/** Every page the app has, and the states a page can be in. */
const PAGES = [
  ...expectedPages.map((page) => page.path),
  "/search/?q=Putin",
  "/search/?q=zeppelin",
  "/no/such/page",
];
/** The saved page again, once the reader has saved a story, a brief and one since withdrawn. */
const SAVED_SLUGS = [
  edition.stories[0]?.slug ?? "",
  edition.briefs[0]?.slug ?? "",
  "a-story-since-withdrawn",
];
const SAVED_WITH_STORIES = "/saved/#with-stories";

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
      for (const path of [...PAGES, SAVED_WITH_STORIES]) {
        if (path === SAVED_WITH_STORIES)
          await page.evaluate(
            (slugs) => {
              localStorage.setItem(
                "dateline:reader",
                JSON.stringify({
                  version: 1,
                  saved: slugs.map((slug) => ({
                    slug,
                    savedAt: "2026-11-01T10:00:00.000Z",
                  })),
                  progress: {},
                }),
              );
            },
            [...SAVED_SLUGS],
          );
        await page.goto(path);
        // Checked as the reader sees it: hydrated, with what the browser fills in.
        await hydrated(page);
        await page.addScriptTag({ path: AXE_SOURCE });
        const results = await page.evaluate(
          (tags) => window.axe.run({ runOnly: tags }),
          AXE_TAGS,
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
