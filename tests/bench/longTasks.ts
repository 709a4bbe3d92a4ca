/**
 * The long tasks of a Lighthouse run (its `long-tasks` audit: every
 * top-level task of 50 ms or more on the simulated phone), and the run whose
 * tasks the bench prints: the one whose TBT is the median, so the tasks shown
 * add up to the TBT in the Lighthouse table.
 */
import { clip, formatTable } from "./table.ts";
import { ms } from "./targets.ts";

export type LongTask = {
  /** From navigation start, on Lighthouse's simulated clock. */
  startMs: number;
  durationMs: number;
  /** A script's file name, a page's path, "browser", "browser GC" or "unattributable". */
  attribution: string;
};

/**
 * The audit's tasks in the order they ran; an empty list when the audit did
 * not run or found none. The report is read as data of unknown shape: a
 * Lighthouse upgrade that moves a field loses the tasks, not the bench.
 *
 * @example
 *   longTasksOf(lhr)
 *   // → [{ startMs: 1210, durationMs: 62, attribution: "vendor-a1b2c3.js" }]
 */
export function longTasksOf(lhr: {
  audits: Readonly<Record<string, { details?: unknown }>>;
}): LongTask[] {
  const details = lhr.audits["long-tasks"]?.details;
  const items =
    isRecord(details) &&
    details["type"] === "table" &&
    Array.isArray(details["items"])
      ? (details["items"] as unknown[])
      : [];
  return items
    .flatMap((item) => {
      if (!isRecord(item)) return [];
      const { url, startTime, duration } = item;
      return typeof url === "string" &&
        typeof startTime === "number" &&
        typeof duration === "number"
        ? [
            {
              startMs: startTime,
              durationMs: duration,
              attribution: attributionOf(url),
            },
          ]
        : [];
    })
    .sort((a, b) => a.startMs - b.startMs);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * What the audit's `url` names, short enough for a table: a script by its
 * file name, a document by its path. Lighthouse writes "Unattributable",
 * "Browser" or "Browser GC" where no URL is to blame.
 *
 * @example attributionOf("http://127.0.0.1:4173/assets/vendor-a1b2.js") // → "vendor-a1b2.js"
 * @example attributionOf("http://127.0.0.1:4173/topics/") // → "/topics/"
 * @example attributionOf("Unattributable") // → "unattributable"
 */
export function attributionOf(url: string): string {
  if (!URL.canParse(url))
    return url === "Browser GC" ? "browser GC" : url.toLowerCase();
  const { pathname } = new URL(url);
  return pathname.endsWith("/")
    ? pathname
    : (pathname.split("/").at(-1) ?? pathname);
}

/**
 * The run whose TBT is the median of the runs' (with an even count, the
 * lower of the two middle ones: a run that happened, not a mean of two).
 * Runs without a TBT are left out; null when none has one.
 *
 * @example medianRun([{ tbt: 30 }, { tbt: 4 }, { tbt: 12 }]) // → { tbt: 12 }
 */
export function medianRun<Run extends { tbt: number | null }>(
  runs: readonly Run[],
): Run | null {
  const measured = runs
    .filter((run) => run.tbt !== null && Number.isFinite(run.tbt))
    .sort((a, b) => (a.tbt ?? 0) - (b.tbt ?? 0));
  return measured[Math.floor((measured.length - 1) / 2)] ?? null;
}

/**
 * One table of every page's long tasks, in the order they ran; a page with
 * none says so on a line of its own.
 *
 * @example
 *   longTaskTable([{ name: "story", tbt: 12, tasks: [{ startMs: 1210, durationMs: 62, attribution: "vendor.js" }] }])
 *   // page   TBT    start     duration  attribution
 *   // -----  -----  --------  --------  -----------
 *   // story  12 ms  1,210 ms  62 ms     vendor.js
 */
export function longTaskTable(
  pages: readonly { name: string; tbt: number | null; tasks: LongTask[] }[],
): string {
  return formatTable(
    [
      { header: "page" },
      { header: "TBT", align: "right" },
      { header: "start", align: "right" },
      { header: "duration", align: "right" },
      { header: "attribution" },
    ],
    pages.flatMap(({ name, tbt, tasks }) =>
      tasks.length === 0
        ? [[name, ms(tbt), "", "", "no task of 50 ms or more"]]
        : tasks.map((task, i) => [
            i === 0 ? name : "",
            i === 0 ? ms(tbt) : "",
            ms(task.startMs),
            ms(task.durationMs),
            clip(task.attribution, 48),
          ]),
    ),
  );
}
