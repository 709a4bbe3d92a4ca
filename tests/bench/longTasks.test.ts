// @vitest-environment node
import { expect, test } from "vitest";
import {
  attributionOf,
  longTaskTable,
  longTasksOf,
  medianRun,
} from "./longTasks.ts";

const lhrWith = (details: unknown) => ({
  audits: { "long-tasks": { details } },
});

test("long tasks are read from Lighthouse's audit, in the order they ran, with what caused them", () => {
  const lhr = lhrWith({
    type: "table",
    headings: [],
    // Lighthouse lists them longest first.
    items: [
      {
        url: "http://127.0.0.1:4173/assets/vendor-a1b2.js",
        duration: 101,
        startTime: 1800.5,
      },
      { url: "Unattributable", duration: 81, startTime: 2500 },
      {
        url: "http://127.0.0.1:4173/world/2018/04/20/a-story/",
        duration: 60,
        startTime: 900,
      },
    ],
  });
  expect(longTasksOf(lhr)).toEqual([
    {
      startMs: 900,
      durationMs: 60,
      attribution: "/world/2018/04/20/a-story/",
    },
    { startMs: 1800.5, durationMs: 101, attribution: "vendor-a1b2.js" },
    { startMs: 2500, durationMs: 81, attribution: "unattributable" },
  ]);
});

test("a run without the audit, or with items of another shape, has no long tasks", () => {
  expect(longTasksOf({ audits: {} })).toEqual([]);
  expect(longTasksOf(lhrWith(undefined))).toEqual([]);
  expect(longTasksOf(lhrWith({ type: "opportunity", items: [] }))).toEqual([]);
  expect(
    longTasksOf(
      lhrWith({ type: "table", items: [{ url: "x.js", duration: "long" }] }),
    ),
  ).toEqual([]);
});

test("a task no script caused keeps Lighthouse's word for it", () => {
  expect(attributionOf("Unattributable")).toBe("unattributable");
  expect(attributionOf("Browser")).toBe("browser");
  expect(attributionOf("Browser GC")).toBe("browser GC");
  expect(attributionOf("http://127.0.0.1:4173/assets/index-Bx1.js?v=2")).toBe(
    "index-Bx1.js",
  );
});

test("the median run is the run with the middle TBT, and with an even count the lower middle one", () => {
  const runs = [
    { round: 1, tbt: 30 },
    { round: 2, tbt: 4 },
    { round: 3, tbt: null },
    { round: 4, tbt: 12 },
  ];
  expect(medianRun(runs)?.round).toBe(4);
  expect(medianRun([...runs, { round: 5, tbt: 8 }])?.round).toBe(5);
  expect(medianRun([{ round: 1, tbt: 0 }])?.round).toBe(1);
  expect(medianRun([{ round: 1, tbt: null }])).toBeNull();
  expect(medianRun([])).toBeNull();
});

test("the table gives each page's TBT once, then its tasks; a page without any says so", () => {
  const table = longTaskTable([
    {
      name: "story (run 3)",
      tbt: 62.4,
      tasks: [
        { startMs: 1210, durationMs: 62, attribution: "vendor.js" },
        { startMs: 2400.4, durationMs: 51, attribution: "unattributable" },
      ],
    },
    { name: "front (run 2)", tbt: 0, tasks: [] },
  ]).split("\n");
  expect(table).toEqual([
    "page             TBT     start  duration  attribution",
    "-------------  -----  --------  --------  ------------------------",
    "story (run 3)  62 ms  1,210 ms     62 ms  vendor.js",
    "                      2,400 ms     51 ms  unattributable",
    "front (run 2)   0 ms                      no task of 50 ms or more",
  ]);
});
