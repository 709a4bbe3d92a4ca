/**
 * The size budgets every pre-rendered page must keep, in gzip bytes (a KB is
 * 1,024 bytes, as in the build's table). Sizes are stable from run to run, so
 * they fail CI (tests/browser/budgets.spec.ts); the bench reports them beside
 * its timings, which are never asserted. Gzip rather than brotli: every
 * client and host speaks it, so it is the size a reader pays at worst.
 */
import type { PageWeight } from "./pageWeight.ts";
import { kb } from "./sizes.ts";
import { clip, formatTable } from "./table.ts";

export const BUDGETS = {
  /** Every script a page fetches on load, up to hydration, for any page. */
  initialJsGzip: 110 * 1024,
  /** Every stylesheet a page fetches on load, for any page. */
  initialCssGzip: 10 * 1024,
  /** The HTML document of a story page. */
  storyHtmlGzip: 30 * 1024,
  /** Requests to anywhere but the site's own origin. */
  thirdPartyRequests: 0,
} as const;

/**
 * Whether a request leaves the site: http(s) to another origin. data: and
 * blob: URLs never leave the page.
 *
 * @example isThirdParty("https://fonts.example.com/a.css", "http://127.0.0.1:4173") === true
 */
export function isThirdParty(url: string, origin: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
  return parsed.origin !== origin;
}

/** What a budget is measured on, for one page. */
export type PageFigures = {
  path: string;
  kind: string;
  jsGzip: number;
  cssGzip: number;
  htmlGzip: number;
  thirdParty: string[];
};

/** The figures a budget reads, from a page's measured weight (pageWeight.ts). */
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
 * The budgets a page breaks, as sentences; none means it passes.
 *
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

/**
 * One line per page: the budgeted figures, and "over" beside any that break
 * their budget, so drift shows in every run's log before it fails one.
 */
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
