// @vitest-environment node
import { expect, test } from "vitest";
import {
  byteChecks,
  CAPS,
  describeCheck,
  scaleGoals,
  type PageFigures,
  type ScaleGoal,
  type ScaleResults,
  type ScaleRun,
} from "./scaleGoals.ts";
import type { SearchVisit } from "./readerVisits.ts";
import type { Sizes } from "./sizes.ts";

const KB = 1024;
const sizes = (gzip: number): Sizes => ({ raw: gzip * 3, gzip, brotli: gzip });

function pages(overrides: Partial<PageFigures> = {}): PageFigures {
  return {
    initialJs: { "/": sizes(60_000) },
    largestInitialJs: sizes(60_000),
    storyHtml: sizes(4_000),
    frontHtml: sizes(5_000),
    searchIndexOutsideSearch: [],
    ...overrides,
  };
}

function search(firstResultMs = 2_000, bytes = 120 * KB): SearchVisit {
  return {
    firstResultMs,
    bytesToFirstResult: bytes,
    bytes,
    indexBytes: bytes / 2,
    requests: 9,
    files: [],
  };
}

function run(stories: number, overrides: Partial<ScaleRun> = {}): ScaleRun {
  return {
    stories,
    buildMs: 10_000,
    peakMemoryMb: 400,
    filesWritten: stories + 20,
    precache: { files: 40, raw: 3_000_000, gzip: 900 * KB, capGzip: 1024 * KB },
    swJs: sizes(20 * KB),
    searchIndex: { files: stories + 10, bytes: stories * 800 },
    firstVisit: {
      bytes: 1_000 * KB,
      requests: 45,
      files: [],
      serviceWorker: "activated",
    },
    search: search(),
    pages: pages(),
    ...overrides,
  };
}

const REFERENCE = search(1_800, 40 * KB);

function results(
  runs: ScaleRun[],
  overrides: Partial<ScaleResults> = {},
): ScaleResults {
  return { runs, failedBuilds: [], searchReference: REFERENCE, ...overrides };
}

/** By the start of its wording, so the tests do not hang on the order. */
function goal(goals: ScaleGoal[], start: string): ScaleGoal {
  const found = goals.find((each) => each.goal.startsWith(start));
  if (found === undefined) throw new Error(`no goal starting "${start}"`);
  return found;
}

const ARCHIVE = [run(1), run(100), run(1000), run(10_000)];

test("an archive whose reader costs are flat meets every goal", () => {
  const goals = scaleGoals(results(ARCHIVE));
  expect(goals.map((each) => [each.goal, each.met])).toEqual(
    goals.map((each) => [each.goal, true]),
  );
  expect(goals.length).toBe(9);
});

test("a first visit over 1.5 MB at any count misses, and says where", () => {
  const heavy = run(100, {
    firstVisit: { ...run(100).firstVisit, bytes: CAPS.firstVisitBytes + 1 },
  });
  const missed = goal(
    scaleGoals(results([run(1), heavy, run(1000)])),
    "first-visit bytes",
  );
  expect(missed.met).toBe(false);
  expect(missed.measured).toBe(
    "1,000.0 KB at 1, 1,536.0 KB at 100, 1,000.0 KB at 1,000",
  );
  const atCap = run(100, {
    firstVisit: { ...run(100).firstVisit, bytes: CAPS.firstVisitBytes },
  });
  expect(goal(scaleGoals(results([atCap])), "first-visit bytes").met).toBe(
    true,
  );
});

test("a first visit with no service worker is reported as such", () => {
  const noWorker = run(1, {
    firstVisit: { ...run(1).firstVisit, serviceWorker: "none" },
  });
  expect(
    goal(scaleGoals(results([noWorker])), "first-visit bytes").measured,
  ).toContain("(no service worker at 1)");
});

test("search over 250 KB misses; without a result it cannot be judged", () => {
  const heavy = run(10_000, { search: search(2_000, 251 * KB) });
  expect(goal(scaleGoals(results([run(1), heavy])), "search bytes").met).toBe(
    false,
  );
  const none = [run(1, { search: null }), run(1000, { search: null })];
  expect(goal(scaleGoals(results(none)), "search bytes")).toMatchObject({
    measured: "n/a",
    met: null,
  });
});

test("the first result may take up to 1.25 times the 10-story edition's time", () => {
  const within = run(10_000, { search: search(1_800 * 1.25) });
  const time = (runs: ScaleRun[], reference: SearchVisit | null = REFERENCE) =>
    goal(
      scaleGoals(results(runs, { searchReference: reference })),
      "search, first result",
    );
  expect(time([within])).toMatchObject({
    met: true,
    measured: "1.8 s at 10, 2.3 s at 10,000 (1.25×)",
  });
  expect(time([run(10_000, { search: search(1_800 * 1.26) })]).met).toBe(false);
  expect(time([within], null)).toMatchObject({
    met: null,
    measured: "n/a (no 10-story reference)",
  });
});

test("sw.js over 30 KB gzip misses; no sw.js cannot be judged", () => {
  const heavy = run(10_000, { swJs: sizes(30 * KB + 1) });
  expect(goal(scaleGoals(results([run(1), heavy])), "sw.js").met).toBe(false);
  expect(goal(scaleGoals(results([run(1, { swJs: null })])), "sw.js")).toEqual(
    expect.objectContaining({ met: null, measured: "n/a" }),
  );
});

test("the precache must stay within the cap the build printed", () => {
  const over = run(1000, {
    precache: {
      files: 90,
      raw: 4_000_000,
      gzip: 1025 * KB,
      capGzip: 1024 * KB,
    },
  });
  expect(goal(scaleGoals(results([over])), "precache").met).toBe(false);
  expect(
    goal(scaleGoals(results([run(1, { precache: null })])), "precache").met,
  ).toBeNull();
});

test("the build at 10,000 stories: failed is a miss, not asked for is unknown", () => {
  const build = (runs: ScaleRun[], failed: ScaleResults["failedBuilds"] = []) =>
    goal(
      scaleGoals(results(runs, { failedBuilds: failed })),
      "the build succeeds",
    );
  expect(build([run(1), run(10_000)])).toMatchObject({
    met: true,
    measured: "built 1, 10,000",
  });
  expect(build([run(1), run(1000)]).met).toBeNull();
  expect(
    build([run(1), run(1000)], [{ stories: 10_000, message: "too big" }]),
  ).toMatchObject({ met: false, measured: "failed at 10,000; built 1, 1,000" });
});

test("initial JS or story HTML growing more than 2 % misses its goal", () => {
  const flat = (last: ScaleRun, name: string) =>
    goal(scaleGoals(results([run(1), last])), name).met;
  const grownJs = pages({ largestInitialJs: sizes(61_300) });
  expect(flat(run(1000, { pages: grownJs }), "initial JS")).toBe(false);
  const sameJs = pages({ largestInitialJs: sizes(61_200) });
  expect(flat(run(1000, { pages: sameJs }), "initial JS")).toBe(true);
  const grownHtml = pages({ storyHtml: sizes(4_100) });
  expect(flat(run(1000, { pages: grownHtml }), "story HTML")).toBe(false);
});

test("the byte check weighs no pages, so the flat goals are left out", () => {
  const checked = [run(1000, { pages: null })];
  const goals = scaleGoals(results(checked));
  expect(goals.some((each) => each.goal.startsWith("initial JS"))).toBe(false);
  expect(goals.length).toBe(6);
});

test("the search index fetched outside search misses its goal, naming the page", () => {
  const leaky = run(1000, {
    pages: pages({ searchIndexOutsideSearch: ["/"] }),
  });
  expect(
    goal(scaleGoals(results([run(1), leaky])), "search index"),
  ).toMatchObject({ met: false, measured: "also by / (1000)" });
  const unindexed = [run(1, { searchIndex: null })];
  expect(goal(scaleGoals(results(unindexed)), "search index")).toMatchObject({
    met: null,
    measured: "n/a (no pagefind/ folder)",
  });
});

test("the byte check passes a run within every cap, and names each cap passed", () => {
  expect(byteChecks(run(1000)).every((check) => check.ok)).toBe(true);
  const over = run(1000, {
    swJs: sizes(31 * KB),
    search: null,
    firstVisit: { ...run(1000).firstVisit, bytes: 2 * 1024 * KB },
  });
  expect(
    byteChecks(over)
      .filter((check) => !check.ok)
      .map(describeCheck),
  ).toEqual([
    "sw.js gzip at 1,000 stories: 31.0 KB, cap 30.0 KB",
    "first-visit bytes (background included) at 1,000 stories: 2,048.0 KB, cap 1,536.0 KB",
    "search bytes at 1,000 stories: not measured, cap 250.0 KB",
  ]);
});
