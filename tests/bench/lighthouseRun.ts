/**
 * Lighthouse's default "mobile" preset: a mid-range phone on slow 4G,
 * simulated from an unthrottled load.
 */
import lighthouse, { type Flags, type Result } from "lighthouse";
import type { Browser } from "puppeteer-core";
import { longTasksOf, type LongTask } from "./longTasks.ts";

export type LighthouseFigures = {
  /** Category scores, 0–100; null when Lighthouse could not score one. */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Metrics in milliseconds, CLS unitless; null when not measured. */
  fcp: number | null;
  lcp: number | null;
  tbt: number | null;
  cls: number | null;
  /** Time to Interactive: no longer in the performance score, still a target here. */
  tti: number | null;
  speedIndex: number | null;
  /** Tasks of 50 ms or more, in the order they ran. */
  longTasks: LongTask[];
  /** As "seo/is-crawlable"; performance is explained by the metrics instead. */
  failedAudits: string[];
  runtimeError: string | null;
};

export async function lighthouseRun(
  browser: Browser,
  url: string,
): Promise<LighthouseFigures> {
  const page = await browser.newPage();
  try {
    const flags: Flags = {
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      logLevel: "error",
      // Only the HTML report shows it, and it is a good part of each run's time.
      disableFullPageScreenshot: true,
    };
    const result = await lighthouse(url, flags, undefined, page);
    if (result === undefined) throw new Error("Lighthouse returned no result");
    return figuresOf(result.lhr);
  } finally {
    await page.close();
  }
}

export function figuresOf(lhr: Result): LighthouseFigures {
  const score = (id: string) => {
    const value = lhr.categories[id]?.score;
    return typeof value === "number" ? Math.round(value * 100) : null;
  };
  const metric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    return typeof value === "number" ? value : null;
  };
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    fcp: metric("first-contentful-paint"),
    lcp: metric("largest-contentful-paint"),
    tbt: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
    tti: metric("interactive"),
    speedIndex: metric("speed-index"),
    longTasks: longTasksOf(lhr),
    failedAudits: ["accessibility", "best-practices", "seo"].flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? []).flatMap((ref) => {
        const audit = lhr.audits[ref.id];
        // Manual, informative and not-applicable audits have no score.
        const failed =
          audit !== undefined &&
          (audit.scoreDisplayMode === "error" ||
            (typeof audit.score === "number" && audit.score < 1));
        return failed ? [`${id}/${ref.id}`] : [];
      }),
    ),
    runtimeError: lhr.runtimeError
      ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
      : null,
  };
}
