// @vitest-environment node
import { expect, test } from "vitest";
import type { LighthouseFigures } from "./lighthouseRun.ts";
import { checkTargets, type TargetInput } from "./targets.ts";

const perfect: LighthouseFigures = {
  performance: 100,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  fcp: 800,
  lcp: 900,
  tbt: 0,
  cls: 0,
  tti: 900,
  speedIndex: 800,
  longTasks: [],
  failedAudits: [],
  runtimeError: null,
};

const allMet: TargetInput = {
  pages: [
    { name: "front", figures: perfect },
    { name: "story", figures: perfect },
  ],
  storyLcp: 990,
  baselineLcp: 900,
  clientNavigationMs: 10,
  hardLoadMs: 100,
  phoneNavigations: [
    { name: "story → related story", clientMs: 300, hardLoadMs: 900 },
    { name: "front page → story", clientMs: 200, hardLoadMs: 1000 },
  ],
  initialJs: { path: "/", gzip: 110 * 1024 },
};

const met = (input: TargetInput) =>
  Object.fromEntries(checkTargets(input).map((t) => [t.target, t.met]));

test("a run that meets every target says so for each", () => {
  expect(Object.values(met(allMet))).toEqual([
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
  ]);
});

test("each target fails on its own figure", () => {
  const slowStory = met({ ...allMet, storyLcp: 991 });
  expect(slowStory["story LCP ≤ 1.10 × no-JS baseline"]).toBe(false);

  const shifty = checkTargets({
    ...allMet,
    pages: [
      {
        name: "topic",
        figures: { ...perfect, tbt: 51, cls: 0.001, tti: 2001 },
      },
    ],
  });
  expect(shifty.find((t) => t.target.startsWith("TBT"))).toMatchObject({
    met: false,
    measured: "worst 51 ms (topic)",
  });
  expect(shifty.find((t) => t.target.startsWith("CLS"))?.met).toBe(false);
  expect(shifty.find((t) => t.target.startsWith("TTI"))?.met).toBe(false);

  const noindex = checkTargets({
    ...allMet,
    pages: [{ name: "search", figures: { ...perfect, seo: 66 } }],
  });
  expect(noindex.find((t) => t.target.startsWith("Lighthouse"))).toMatchObject({
    met: false,
    measured: "search SEO 66",
  });

  expect(
    met({ ...allMet, hardLoadMs: 99 })[
      "client-side navigation ≥ 10 × faster than a hard load"
    ],
  ).toBe(false);

  const slowPhone = checkTargets({
    ...allMet,
    phoneNavigations: [
      { name: "story → related story", clientMs: 301, hardLoadMs: 900 },
      { name: "front page → story", clientMs: 200, hardLoadMs: 1000 },
    ],
  }).find((t) => t.target.startsWith("on the phone"));
  expect(slowPhone).toMatchObject({
    met: false,
    measured:
      "story → related story 3.0 × (900 ms / 301 ms); front page → story 5.0 × (1,000 ms / 200 ms)",
  });

  const heavy = checkTargets({
    ...allMet,
    initialJs: { path: "/topics/", gzip: 110 * 1024 + 1 },
  }).find((t) => t.target.startsWith("initial JS"));
  expect(heavy).toMatchObject({
    met: false,
    measured: "largest 110.0 KB (/topics/)",
  });
});

test("a phone navigation that could not be timed leaves the phone target unmeasured", () => {
  const result = checkTargets({
    ...allMet,
    phoneNavigations: [
      { name: "front page → story", clientMs: null, hardLoadMs: 1000 },
    ],
  }).find((t) => t.target.startsWith("on the phone"));
  expect(result).toEqual({
    target:
      "on the phone, client-side navigation ≥ 3 × faster than a hard load, each",
    measured: "not measured",
    met: null,
  });
});

test("a target the bench could not measure is neither met nor missed", () => {
  const results = checkTargets({
    pages: [],
    storyLcp: null,
    baselineLcp: 900,
    clientNavigationMs: null,
    hardLoadMs: null,
    phoneNavigations: [],
    initialJs: null,
  });
  expect(results.map((t) => t.met)).toEqual([
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ]);
  expect(results.every((t) => t.measured === "not measured")).toBe(true);
});
