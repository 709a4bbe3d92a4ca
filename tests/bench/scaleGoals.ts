/** Smallest story count against largest; reported, never asserted. */
import { kb, type Sizes } from "./sizes.ts";

const FLAT_WITHIN = 0.02;
const BUILD_BUDGET_MS = 60_000;
/** Bytes per story may wobble this much between counts and still be linear. */
const LINEAR_WITHIN = 0.1;

export type ScaleRun = {
  stories: number;
  buildMs: number;
  filesWritten: number;
  /** Initial JS (gzip bytes) of each page measured, by path. */
  initialJs: Record<string, Sizes>;
  largestInitialJs: Sizes;
  /** Story 0001's page, identical in every run. */
  storyHtml: Sizes;
  frontHtml: Sizes;
  /** data/search.json, or null when the index is bundled into the app. */
  searchIndex: Sizes | null;
  searchIndexOutsideSearch: string[];
};

export type ScaleGoal = { goal: string; measured: string; met: boolean | null };

/**
 * One line per goal; `met` is null when the runs cannot tell (one count only,
 * or a search index bundled into the app).
 */
export function scaleGoals(runs: ScaleRun[]): ScaleGoal[] {
  const first = runs[0];
  const last = runs.at(-1);
  if (first === undefined || last === undefined) return [];
  const span = `${count(first.stories)} → ${count(last.stories)} stories`;
  const flat = (name: string, pick: (run: ScaleRun) => number): ScaleGoal => {
    const change = (pick(last) - pick(first)) / pick(first);
    return {
      goal: `${name} flat (within ${FLAT_WITHIN * 100} %)`,
      measured: `${kb(pick(first))} → ${kb(pick(last))} gzip (${percent(change)}, ${span})`,
      met: runs.length < 2 ? null : Math.abs(change) <= FLAT_WITHIN,
    };
  };
  const perStory = runs.flatMap((run) =>
    run.searchIndex === null || run.stories < 100
      ? []
      : [{ stories: run.stories, bytes: run.searchIndex.raw / run.stories }],
  );
  const perStoryLow = Math.min(...perStory.map((each) => each.bytes));
  const perStoryHigh = Math.max(...perStory.map((each) => each.bytes));
  const outside = runs.flatMap((run) =>
    run.searchIndexOutsideSearch.map((path) => `${path} (${run.stories})`),
  );
  return [
    flat("initial JS", (run) => run.largestInitialJs.gzip),
    flat("story HTML", (run) => run.storyHtml.gzip),
    {
      goal: `build of ${count(last.stories)} stories under ${BUILD_BUDGET_MS / 1000} s`,
      measured: `${seconds(last.buildMs)}`,
      met: last.buildMs < BUILD_BUDGET_MS,
    },
    {
      goal: "search index grows linearly (bytes per story, 100 stories and up)",
      measured:
        last.searchIndex === null
          ? "n/a (bundled)"
          : perStory
              .map((each) => `${Math.round(each.bytes)} B at ${each.stories}`)
              .join(", ") || "too few stories",
      met:
        perStory.length < 2
          ? null
          : perStoryHigh / perStoryLow - 1 <= LINEAR_WITHIN,
    },
    {
      goal: "search index fetched only by the search page",
      measured:
        last.searchIndex === null
          ? "n/a (bundled into the app)"
          : outside.length === 0
            ? "only by search"
            : `also by ${outside.join(", ")}`,
      met: last.searchIndex === null ? null : outside.length === 0,
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
