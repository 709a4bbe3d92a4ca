// @vitest-environment node
import { expect, test } from "vitest";
import { scaleGoals, type ScaleRun } from "./scaleGoals.ts";
import type { Sizes } from "./sizes.ts";

const sizes = (gzip: number): Sizes => ({ raw: gzip * 3, gzip, brotli: gzip });

function run(stories: number, overrides: Partial<ScaleRun> = {}): ScaleRun {
  return {
    stories,
    buildMs: 10_000,
    filesWritten: stories + 20,
    initialJs: { "/": sizes(60_000) },
    largestInitialJs: sizes(60_000),
    storyHtml: sizes(4_000),
    frontHtml: sizes(5_000),
    searchIndex: {
      raw: stories * 2_000,
      gzip: stories * 700,
      brotli: stories * 600,
    },
    searchIndexOutsideSearch: [],
    ...overrides,
  };
}

const metByGoal = (runs: ScaleRun[]) =>
  scaleGoals(runs).map((goal) => goal.met);

test("a catalogue that scales meets every goal", () => {
  expect(metByGoal([run(1), run(100), run(1000)])).toEqual([
    true,
    true,
    true,
    true,
    true,
  ]);
});

test("initial JS or story HTML growing more than 2 % misses its goal", () => {
  const grownJs = run(1000, { largestInitialJs: sizes(61_300) });
  expect(metByGoal([run(1), grownJs])[0]).toBe(false);
  const sameJs = run(1000, { largestInitialJs: sizes(61_200) });
  expect(metByGoal([run(1), sameJs])[0]).toBe(true);
  const grownHtml = run(1000, { storyHtml: sizes(4_100) });
  expect(metByGoal([run(1), grownHtml])[1]).toBe(false);
});

test("a build of a minute or more misses its goal", () => {
  expect(metByGoal([run(1), run(1000, { buildMs: 60_000 })])[2]).toBe(false);
});

test("an index that grows faster than its stories is not linear", () => {
  const quadratic = run(1000, { searchIndex: sizes(1000 * 1000 * 30) });
  expect(metByGoal([run(1), run(100), quadratic])[3]).toBe(false);
});

test("the index fetched outside search misses its goal, naming the page", () => {
  const goals = scaleGoals([
    run(1),
    run(1000, { searchIndexOutsideSearch: ["/"] }),
  ]);
  expect(goals[4]).toMatchObject({ met: false, measured: "also by / (1000)" });
});

test("with the index bundled into the app, its goals cannot be judged", () => {
  const bundled = [
    run(1, { searchIndex: null }),
    run(1000, { searchIndex: null }),
  ];
  const goals = scaleGoals(bundled);
  expect(goals[3]).toMatchObject({ met: null, measured: "n/a (bundled)" });
  expect(goals[4]?.met).toBeNull();
});
