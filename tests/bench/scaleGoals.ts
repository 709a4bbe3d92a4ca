/**
 * The targets of issue 14 ("An archive, not an edition") and the flat costs
 * of STYLE.md, judged from the scale bench's runs. Pure: the bench measures,
 * these functions judge, and their tests pin the judging down.
 */
import type { PrecacheFigures } from "./buildFigures.ts";
import type { FirstVisit, SearchVisit } from "./readerVisits.ts";
import { kb, type Sizes } from "./sizes.ts";

/** A KB and an MB are 1,024 and 1,048,576 bytes, as in the build's table. */
export const CAPS = {
  /** Everything a first visit downloads in 30 s, the service worker's precache included. */
  firstVisitBytes: 1.5 * 1024 * 1024,
  /** A first search, the index it fetches included. */
  searchBytes: 250 * 1024,
  swJsGzip: 30 * 1024,
  /** First-result time against the same query on a 10-story edition. */
  searchTimeRatio: 1.25,
  /** Where the issue sets the search and sw.js caps, and asks for a build that succeeds. */
  atStories: 10_000,
} as const;

const FLAT_WITHIN = 0.02;

/** What the page bench part measures; the byte check leaves it out. */
export type PageFigures = {
  /** Initial JS (gzip bytes) of each page measured, by path. */
  initialJs: Record<string, Sizes>;
  largestInitialJs: Sizes;
  /** Story 0001's page, identical in every run. */
  storyHtml: Sizes;
  frontHtml: Sizes;
  /** Pages other than search that fetched a file of the search index. */
  searchIndexOutsideSearch: string[];
};

export type ScaleRun = {
  stories: number;
  buildMs: number;
  /** The build's maxRSS, from its "peak memory" line; null if it printed none. */
  peakMemoryMb: number | null;
  filesWritten: number;
  /** From the build's "precache" line; null if it printed none. */
  precache: PrecacheFigures | null;
  /** Null when the build wrote no sw.js. */
  swJs: Sizes | null;
  /** The pagefind/ folder the build wrote; null without one. */
  searchIndex: { files: number; bytes: number } | null;
  firstVisit: FirstVisit;
  /** Null when no result showed (or the check skipped it). */
  search: SearchVisit | null;
  /** Null in the byte check. */
  pages: PageFigures | null;
};

/** A count whose build failed: the bench carries on with the others. */
export type FailedBuild = { stories: number; message: string };

export type ScaleResults = {
  runs: ScaleRun[];
  failedBuilds: FailedBuild[];
  /** The same search on a 10-story edition; null when not measured. */
  searchReference: SearchVisit | null;
};

export type ScaleGoal = { goal: string; measured: string; met: boolean | null };

export type ByteCap = "precache" | "swJs" | "firstVisit" | "search";

/** One byte cap at one count; `measured` null when the figure is missing. */
export type ByteCheck = {
  key: ByteCap;
  cap: string;
  stories: number;
  measured: number | null;
  limit: number;
  /** A missing figure is not a pass. */
  ok: boolean;
};

/**
 * The byte caps CI checks (`--check`), at one count. The issue sets the
 * search and sw.js caps at 10,000 stories; they are judged at any count, as
 * neither should shrink as the catalogue grows.
 *
 * @example byteChecks(run).filter((check) => !check.ok) // the caps passed
 */
export function byteChecks(run: ScaleRun): ByteCheck[] {
  const check = (
    key: ByteCap,
    cap: string,
    measured: number | null,
    limit: number,
  ): ByteCheck => ({
    key,
    cap,
    stories: run.stories,
    measured,
    limit,
    ok: measured !== null && measured <= limit,
  });
  return [
    check(
      "precache",
      "precache gzip within the build's cap",
      run.precache?.gzip ?? null,
      run.precache?.capGzip ?? 0,
    ),
    check("swJs", "sw.js gzip", run.swJs?.gzip ?? null, CAPS.swJsGzip),
    check(
      "firstVisit",
      "first-visit bytes (background included)",
      run.firstVisit.bytes,
      CAPS.firstVisitBytes,
    ),
    check(
      "search",
      "search bytes",
      run.search?.bytes ?? null,
      CAPS.searchBytes,
    ),
  ];
}

/**
 * @example describeCheck(check) // → "sw.js gzip at 1,000 stories: 31.2 KB, cap 30.0 KB"
 */
export function describeCheck(check: ByteCheck): string {
  const measured =
    check.measured === null ? "not measured" : kb(check.measured);
  const stories = check.stories === 1 ? "story" : "stories";
  return `${check.cap} at ${count(check.stories)} ${stories}: ${measured}, cap ${kb(check.limit)}`;
}

/**
 * The issue's targets table, then the flat costs; `met` is null when the
 * runs cannot tell (one count only, a figure the build did not print, 10,000
 * stories not asked for).
 */
export function scaleGoals({
  runs,
  failedBuilds,
  searchReference,
}: ScaleResults): ScaleGoal[] {
  const checks = runs.flatMap(byteChecks);
  const capGoal = (key: ByteCap, goal: string): ScaleGoal => {
    const each = checks.filter((check) => check.key === key);
    const measured = each.filter((check) => check.measured !== null);
    return {
      goal,
      measured:
        measured.length === 0
          ? "n/a"
          : measured
              .map(
                (check) =>
                  `${kb(check.measured ?? 0)} at ${count(check.stories)}`,
              )
              .join(", "),
      met: measured.length === 0 ? null : measured.every((check) => check.ok),
    };
  };
  const noWorker = runs.filter(
    (run) => run.firstVisit.serviceWorker === "none",
  );
  const firstVisit = capGoal(
    "firstVisit",
    `first-visit bytes, background included, ≤ ${kb(CAPS.firstVisitBytes)} at every count`,
  );
  if (noWorker.length > 0)
    firstVisit.measured += ` (no service worker at ${noWorker.map((run) => count(run.stories)).join(", ")})`;

  return [
    firstVisit,
    capGoal(
      "search",
      `search bytes ≤ ${kb(CAPS.searchBytes)} (set at ${count(CAPS.atStories)}; judged at every count)`,
    ),
    searchTime(runs, searchReference),
    capGoal(
      "swJs",
      `sw.js ≤ ${kb(CAPS.swJsGzip)} gzip (set at ${count(CAPS.atStories)}; judged at every count)`,
    ),
    capGoal("precache", "precache gzip within the build's cap"),
    buildSucceeds(runs, failedBuilds),
    ...pageGoals(runs),
  ];
}

function searchTime(
  runs: ScaleRun[],
  reference: SearchVisit | null,
): ScaleGoal {
  const goal = `search, first result on the phone profile, ≤ ${CAPS.searchTimeRatio}× a 10-story edition`;
  const timed = runs.flatMap((run) =>
    run.search === null
      ? []
      : [{ stories: run.stories, ms: run.search.firstResultMs }],
  );
  if (reference === null || timed.length === 0)
    return {
      goal,
      measured: reference === null ? "n/a (no 10-story reference)" : "n/a",
      met: null,
    };
  const ratio = (ms: number) => ms / reference.firstResultMs;
  return {
    goal,
    measured: [
      `${seconds(reference.firstResultMs)} at 10`,
      ...timed.map(
        (each) =>
          `${seconds(each.ms)} at ${count(each.stories)} (${ratio(each.ms).toFixed(2)}×)`,
      ),
    ].join(", "),
    met: timed.every((each) => ratio(each.ms) <= CAPS.searchTimeRatio),
  };
}

function buildSucceeds(runs: ScaleRun[], failed: FailedBuild[]): ScaleGoal {
  const built = runs.map((run) => count(run.stories)).join(", ");
  const goal = `the build succeeds at ${count(CAPS.atStories)} stories`;
  if (failed.length > 0)
    return {
      goal,
      measured: `failed at ${failed.map((each) => count(each.stories)).join(", ")}${built ? `; built ${built}` : ""}`,
      met: false,
    };
  const largest = runs.at(-1)?.stories ?? 0;
  return {
    goal,
    measured: `built ${built || "nothing"}`,
    met: largest >= CAPS.atStories ? true : null,
  };
}

/** Smallest story count against largest, for what the page bench part weighed. */
function pageGoals(runs: ScaleRun[]): ScaleGoal[] {
  const weighed = runs.flatMap((run) =>
    run.pages === null ? [] : [{ stories: run.stories, pages: run.pages }],
  );
  const first = weighed[0];
  const last = weighed.at(-1);
  if (first === undefined || last === undefined) return [];
  const span = `${count(first.stories)} → ${count(last.stories)} stories`;
  const flat = (
    name: string,
    pick: (pages: PageFigures) => number,
  ): ScaleGoal => {
    const change = (pick(last.pages) - pick(first.pages)) / pick(first.pages);
    return {
      goal: `${name} flat (within ${FLAT_WITHIN * 100} %)`,
      measured: `${kb(pick(first.pages))} → ${kb(pick(last.pages))} gzip (${percent(change)}, ${span})`,
      met: weighed.length < 2 ? null : Math.abs(change) <= FLAT_WITHIN,
    };
  };
  const outside = weighed.flatMap((each) =>
    each.pages.searchIndexOutsideSearch.map(
      (path) => `${path} (${each.stories})`,
    ),
  );
  const indexed = runs.some((run) => run.searchIndex !== null);
  return [
    flat("initial JS", (pages) => pages.largestInitialJs.gzip),
    flat("story HTML", (pages) => pages.storyHtml.gzip),
    {
      goal: "search index (pagefind/) fetched only by the search page",
      measured: !indexed
        ? "n/a (no pagefind/ folder)"
        : outside.length === 0
          ? "only by search"
          : `also by ${outside.join(", ")}`,
      met: indexed ? outside.length === 0 : null,
    },
  ];
}

function count(n: number): string {
  return n.toLocaleString("en");
}

function percent(change: number): string {
  return `${change >= 0 ? "+" : ""}${(change * 100).toFixed(1)} %`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
