/**
 * The bench's command line:
 *
 *     npm run bench -- [--runs 3] [--navs 20] [--out FILE] [--port 0]
 *     npm run bench -- --site dist            # measure a site built before
 *     npm run bench -- --stories 1000         # scale: 1, 100 and 1,000 stories
 *     npm run bench -- --stories 1,10,50      # scale: exactly these counts
 *     npm run bench -- --stories 1000 --check # CI: the byte caps at 1,000 stories only
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";

export type BenchOptions = {
  /** Lighthouse runs per page; the report gives their median. */
  runs: number;
  /** Client-side navigations (and as many hard loads) to time. */
  navs: number;
  /** Undefined for the page bench. */
  stories: number[] | undefined;
  /**
   * Scale bench, bytes only: exactly the counts given, no timings, and a
   * non-zero exit when a byte cap is passed.
   */
  check: boolean;
  out: string;
  /** 0 lets the system pick a free port. */
  port: number;
  /**
   * A folder holding a site `npm run build` already made, to measure instead
   * of building one (CI measures the build the browser tests used); undefined
   * to build. Page bench only: the scale bench must build its editions.
   */
  site: string | undefined;
};

export const USAGE =
  "usage: npm run bench -- [--runs N] [--navs N] [--stories N | --stories N,N,… [--check] | --site DIR] [--out FILE] [--port N]";

/** Kept out of the repository (.gitignore has test-results/). */
const DEFAULT_OUT = "test-results/bench-report.json";
const DEFAULT_SCALE_OUT = "test-results/bench-scale-report.json";

/** Reported with the usage, without a stack. */
export class OptionsError extends Error {
  override name = "OptionsError";
}

export function readOptions(args: string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        runs: { type: "string", default: "3" },
        navs: { type: "string", default: "20" },
        stories: { type: "string" },
        out: { type: "string" },
        port: { type: "string", default: "0" },
        site: { type: "string" },
        check: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    throw new OptionsError(
      error instanceof Error ? error.message : String(error),
    );
  }
  const check = values.check;
  if (check && values.stories === undefined)
    throw new OptionsError(
      "--check checks the byte caps of synthetic editions: give their counts, e.g. --stories 1000",
    );
  const stories =
    values.stories === undefined
      ? undefined
      : storyCounts(values.stories, { exact: check });
  if (values.site !== undefined && stories !== undefined)
    throw new OptionsError(
      "--site measures one built site; --stories builds its own editions: choose one",
    );
  if (values.site === "")
    throw new OptionsError("--site: expected a folder, e.g. --site dist");
  return {
    runs: count("--runs", values.runs, 1),
    navs: count("--navs", values.navs, 1),
    stories,
    check,
    out: resolve(
      values.out ?? (stories === undefined ? DEFAULT_OUT : DEFAULT_SCALE_OUT),
    ),
    port: count("--port", values.port, 0, 65535),
    site: values.site === undefined ? undefined : resolve(values.site),
  };
}

/**
 * One count means 1, 100 and that count, unless `exact` (the byte check
 * builds only what it is asked to).
 *
 * @example storyCounts("1000") // → [1, 100, 1000]
 * @example storyCounts("1000", { exact: true }) // → [1000]
 * @example storyCounts("50") // → [1, 50]
 * @example storyCounts("10,1,10") // → [1, 10]
 */
export function storyCounts(
  value: string,
  { exact = false }: { exact?: boolean } = {},
): number[] {
  const parts = value.split(",").map((part) => part.trim());
  const counts = parts.map((part) => count("--stories", part, 1));
  const wanted =
    counts.length === 1 && !exact
      ? [1, 100, ...counts].filter((n) => n <= (counts[0] ?? 1))
      : counts;
  return [...new Set(wanted)].sort((a, b) => a - b);
}

function count(
  name: string,
  value: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new OptionsError(
      `${name} ${value}: expected a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ""}`,
    );
  return n;
}
