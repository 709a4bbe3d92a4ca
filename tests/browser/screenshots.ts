/**
 * Screenshots of every kind of page at phone and desktop widths, light, dark
 * and sepia, for people to look at (not a test). Needs the app served on :4173
 * (`npm start`). Run: `npx tsx tests/browser/screenshots.ts [out-dir]`.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.ts";
import { ORIGIN as BASE } from "./fixtures.ts";
import {
  archivePath,
  homePath,
  savedPath,
  sectionPath,
  searchPath,
  storyPath,
  topicPath,
  topicsPath,
} from "../../src/content/paths.ts";
import { aBrief, seedStory } from "./edition.ts";

const PAGES: Record<string, string> = {
  front: homePath,
  story: storyPath(seedStory),
  brief: storyPath(aBrief),
  topics: topicsPath,
  topic: topicPath("Russia"),
  section: sectionPath(seedStory.section),
  day: archivePath(seedStory.section, seedStory.published),
  search: searchPath("Putin"),
  saved: savedPath,
  "not-found": "/no/such/page",
};

const out = process.argv[2] ?? "test-results/screenshots";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
for (const scheme of ["light", "dark", "sepia"] as const) {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({
      viewport: { width, height: width < 600 ? 812 : 900 },
      colorScheme: scheme === "dark" ? "dark" : "light",
    });
    // Sepia is only ever the reader's choice, read by the page's head script.
    if (scheme === "sepia")
      await page.addInitScript(() =>
        localStorage.setItem(
          "dateline:settings",
          JSON.stringify({ version: 1, theme: "sepia" }),
        ),
      );
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(BASE + path);
      await page
        .getByRole("heading", { level: 1 })
        .waitFor({ state: "attached" });
      // Results come after hydration: the page as a reader sees it once they have.
      if (name === "search")
        await page.locator("[data-search-result]").first().waitFor();
      await page.screenshot({
        path: join(out, `${name}-${width}-${scheme}.png`),
        fullPage: true,
      });
    }
    await page.close();
  }
}
await browser.close();
console.log(`screenshots written to ${out}`);
