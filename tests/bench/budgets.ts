/**
 * Sizes are stable from run to run, so they fail CI (tests/browser/budgets.spec.ts).
 * Gzip rather than brotli: every client and host speaks it, so it is the size
 * a reader pays at worst. A KB is 1,024 bytes, as in the build's table.
 */
import type { PageWeight } from "./pageWeight.ts";
import { kb } from "./sizes.ts";
import { clip, formatTable } from "./table.ts";

export const BUDGETS = {
  /** Every script a page fetches on load, up to hydration. */
  initialJsGzip: 110 * 1024,
  initialCssGzip: 10 * 1024,
  storyHtmlGzip: 30 * 1024,
  thirdPartyRequests: 0,
} as const;

/**
 * data: and blob: URLs never leave the page.
 * @example isThirdParty("https://fonts.example.com/a.css", "http://127.0.0.1:4173") === true
 */
export function isThirdParty(url: string, origin: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
  return parsed.origin !== origin;
}

export type PageFigures = {
  path: string;
  kind: string;
  jsGzip: number;
  cssGzip: number;
  htmlGzip: number;
  thirdParty: string[];
};

export function budgetFigures(
  path: string,
  kind: string,
  weight: PageWeight,
): PageFigures {
  return {
    path,
    kind,
    jsGzip: weight.js.gzip,
    cssGzip: weight.css.gzip,
    htmlGzip: weight.html.gzip,
    thirdParty: weight.thirdParty,
  };
}

/**
 * @example overBudget({ path: "/", kind: "front", jsGzip: 120_000, ... })
 *   // → ["/: initial JS 117.2 KB gzip, over the 110.0 KB budget"]
 */
export function overBudget(page: PageFigures): string[] {
  const problems: string[] = [];
  if (page.jsGzip > BUDGETS.initialJsGzip)
    problems.push(
      `${page.path}: initial JS ${kb(page.jsGzip)} gzip, over the ${kb(BUDGETS.initialJsGzip)} budget`,
    );
  if (page.cssGzip > BUDGETS.initialCssGzip)
    problems.push(
      `${page.path}: initial CSS ${kb(page.cssGzip)} gzip, over the ${kb(BUDGETS.initialCssGzip)} budget`,
    );
  if (page.kind === "story" && page.htmlGzip > BUDGETS.storyHtmlGzip)
    problems.push(
      `${page.path}: story HTML ${kb(page.htmlGzip)} gzip, over the ${kb(BUDGETS.storyHtmlGzip)} budget`,
    );
  if (page.thirdParty.length > BUDGETS.thirdPartyRequests)
    problems.push(
      `${page.path}: third-party requests: ${page.thirdParty.join(", ")}`,
    );
  return problems;
}

/** "over" beside a broken budget, so drift shows in every run's log before it fails one. */
export function budgetTable(pages: PageFigures[]): string {
  const figure = (bytes: number, budget: number | undefined) =>
    `${kb(bytes)}${budget !== undefined && bytes > budget ? " over" : ""}`;
  return formatTable(
    [
      { header: "page" },
      { header: "kind" },
      { header: `JS gzip (≤ ${kb(BUDGETS.initialJsGzip)})`, align: "right" },
      { header: `CSS gzip (≤ ${kb(BUDGETS.initialCssGzip)})`, align: "right" },
      {
        header: `HTML gzip (story ≤ ${kb(BUDGETS.storyHtmlGzip)})`,
        align: "right",
      },
      { header: "3rd-party", align: "right" },
    ],
    pages.map((page) => [
      clip(page.path),
      page.kind,
      figure(page.jsGzip, BUDGETS.initialJsGzip),
      figure(page.cssGzip, BUDGETS.initialCssGzip),
      figure(
        page.htmlGzip,
        page.kind === "story" ? BUDGETS.storyHtmlGzip : undefined,
      ),
      String(page.thirdParty.length),
    ]),
  );
}
