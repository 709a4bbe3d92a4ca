import { aBrief, expectedPages, seedStory } from "./edition.ts";
import { axeViolations, CHECKED_THEMES } from "./axe.ts";
import { expect, hydrated, test } from "./fixtures.ts";
import { savedPath, searchPath } from "../../src/content/paths.ts";

/** Every page the app has, and the states a page can be in. */
const PAGES = [
  ...expectedPages.map((page) => page.path),
  searchPath("Putin"),
  searchPath("zeppelin"),
  "/no/such/page",
];
/** The saved page again, once the reader has saved a story, a brief and one since withdrawn. */
const SAVED_SLUGS = [seedStory.slug, aBrief.slug, "a-story-since-withdrawn"];
const SAVED_WITH_STORIES = `${savedPath}#with-stories`;

for (const { name: colorScheme, ...theme } of CHECKED_THEMES) {
  for (const width of [375, 1280]) {
    test(`axe finds no violations: ${colorScheme}, ${width} px`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: theme.colorScheme });
      if (theme.setting)
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
        for (const violation of await axeViolations(page))
          report.push(`${path} [${colorScheme} ${width}px] ${violation}`);
      }
      expect(report).toEqual([]);
    });
  }
}
