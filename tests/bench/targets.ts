/**
 * Reported, never asserted: timings move with the machine, so a missed
 * target is a line in the report, not a red build.
 */
import { BUDGETS } from "./budgets.ts";
import type { LighthouseFigures } from "./lighthouseRun.ts";
import { kb } from "./sizes.ts";
import { clip } from "./table.ts";

export const TARGETS = {
  /** Story LCP over the same page's LCP with no scripts at all. */
  lcpOverBaseline: 1.1,
  tbtMs: 50,
  cls: 0,
  ttiMs: 2000,
  /** Every Lighthouse category, on every page. */
  score: 100,
  /** A hard load's time over a client-side navigation's, unthrottled. */
  navigationSpeedUp: 10,
  /** The same on the phone profile (phone.ts), for each navigation measured. */
  phoneNavigationSpeedUp: 3,
  /** Every script a page fetches up to hydration: the budget, kept as a target too. */
  initialJsGzip: BUDGETS.initialJsGzip,
} as const;

export type TargetResult = {
  target: string;
  measured: string;
  met: boolean | null;
};

/** Medians of each page's runs; the baseline is not one of the site's pages. */
export type TargetInput = {
  pages: { name: string; figures: LighthouseFigures }[];
  storyLcp: number | null;
  baselineLcp: number | null;
  clientNavigationMs: number | null;
  hardLoadMs: number | null;
  /** Medians of each navigation timed on the phone profile. */
  phoneNavigations: {
    name: string;
    clientMs: number | null;
    hardLoadMs: number | null;
  }[];
  /** The largest initial JS of any page weighed, gzip bytes, and that page. */
  initialJs: { path: string; gzip: number } | null;
};

/** `met` is null when the bench could not measure it. */
export function checkTargets(input: TargetInput): TargetResult[] {
  const worst = (
    metric: "tbt" | "cls" | "tti",
  ): { name: string; value: number } | null =>
    input.pages.reduce<{ name: string; value: number } | null>(
      (found, { name, figures }) => {
        const value = figures[metric];
        return value !== null && (found === null || value > found.value)
          ? { name, value }
          : found;
      },
      null,
    );
  const lcpRatio = ratio(input.storyLcp, input.baselineLcp);
  const speedUp = ratio(input.hardLoadMs, input.clientNavigationMs);
  const phone = input.phoneNavigations.map(
    ({ name, clientMs, hardLoadMs }) => ({
      name,
      clientMs,
      hardLoadMs,
      speedUp: ratio(hardLoadMs, clientMs),
    }),
  );
  const phoneMeasured =
    phone.length > 0 && phone.every((p) => p.speedUp !== null);
  const tbt = worst("tbt");
  const cls = worst("cls");
  const tti = worst("tti");
  const belowFull = input.pages.flatMap(({ name, figures }) =>
    (
      [
        ["performance", figures.performance],
        ["accessibility", figures.accessibility],
        ["best practices", figures.bestPractices],
        ["SEO", figures.seo],
      ] as const
    )
      .filter(([, score]) => score === null || score < TARGETS.score)
      .map(([category, score]) => `${name} ${category} ${score ?? "–"}`),
  );
  return [
    {
      target: `story LCP ≤ ${TARGETS.lcpOverBaseline.toFixed(2)} × no-JS baseline`,
      measured:
        lcpRatio === null
          ? "not measured"
          : `${lcpRatio.toFixed(2)} × (${ms(input.storyLcp)} / ${ms(input.baselineLcp)})`,
      met: lcpRatio === null ? null : lcpRatio <= TARGETS.lcpOverBaseline,
    },
    {
      target: `TBT ≤ ${TARGETS.tbtMs} ms on every page`,
      measured:
        tbt === null ? "not measured" : `worst ${ms(tbt.value)} (${tbt.name})`,
      met: tbt === null ? null : tbt.value <= TARGETS.tbtMs,
    },
    {
      target: "CLS 0 on every page",
      measured:
        cls === null
          ? "not measured"
          : `worst ${cls.value === 0 ? "0" : cls.value.toPrecision(2)} (${cls.name})`,
      met: cls === null ? null : cls.value <= TARGETS.cls,
    },
    {
      target: `TTI ≤ ${TARGETS.ttiMs / 1000} s on every page`,
      measured:
        tti === null ? "not measured" : `worst ${ms(tti.value)} (${tti.name})`,
      met: tti === null ? null : tti.value <= TARGETS.ttiMs,
    },
    {
      target: `Lighthouse ${TARGETS.score} in all four categories, every page`,
      measured:
        input.pages.length === 0
          ? "not measured"
          : belowFull.length === 0
            ? "all 100"
            : belowFull.join("; "),
      met: input.pages.length === 0 ? null : belowFull.length === 0,
    },
    {
      target: `client-side navigation ≥ ${TARGETS.navigationSpeedUp} × faster than a hard load`,
      measured:
        speedUp === null
          ? "not measured"
          : `${speedUp.toFixed(1)} × (${ms(input.hardLoadMs)} / ${ms(input.clientNavigationMs)})`,
      met: speedUp === null ? null : speedUp >= TARGETS.navigationSpeedUp,
    },
    {
      target: `on the phone, client-side navigation ≥ ${TARGETS.phoneNavigationSpeedUp} × faster than a hard load, each`,
      measured: phoneMeasured
        ? phone
            .map(
              (p) =>
                `${p.name} ${(p.speedUp ?? 0).toFixed(1)} × (${ms(p.hardLoadMs)} / ${ms(p.clientMs)})`,
            )
            .join("; ")
        : "not measured",
      met: phoneMeasured
        ? phone.every((p) => (p.speedUp ?? 0) >= TARGETS.phoneNavigationSpeedUp)
        : null,
    },
    {
      target: `initial JS ≤ ${kb(TARGETS.initialJsGzip)} gzip on every page`,
      measured:
        input.initialJs === null
          ? "not measured"
          : `largest ${kb(input.initialJs.gzip)} (${clip(input.initialJs.path, 40)})`,
      met:
        input.initialJs === null
          ? null
          : input.initialJs.gzip <= TARGETS.initialJsGzip,
    },
  ];
}

function ratio(top: number | null, bottom: number | null): number | null {
  return top === null || bottom === null || bottom === 0 ? null : top / bottom;
}

/** "1,234 ms"; a dash for a figure that is missing. */
export function ms(value: number | null): string {
  return value === null ? "–" : `${Math.round(value).toLocaleString("en")} ms`;
}
