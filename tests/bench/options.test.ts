// @vitest-environment node
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { OptionsError, readOptions, storyCounts } from "./options.ts";

test("by default: three Lighthouse runs, twenty navigations, a free port, a report in test-results", () => {
  expect(readOptions([])).toEqual({
    runs: 3,
    navs: 20,
    stories: undefined,
    check: false,
    out: resolve("test-results/bench-report.json"),
    port: 0,
    site: undefined,
  });
});

test("--site measures a folder built before, instead of building", () => {
  expect(readOptions(["--site", "dist"])).toMatchObject({
    site: resolve("dist"),
    stories: undefined,
  });
  expect(() => readOptions(["--site", "dist", "--stories", "10"])).toThrow(
    OptionsError,
  );
  expect(() => readOptions(["--site", ""])).toThrow(
    "--site: expected a folder, e.g. --site dist",
  );
});

test("options are read as whole numbers", () => {
  const options = readOptions([
    "--runs",
    "5",
    "--navs",
    "30",
    "--port",
    "4195",
    "--out",
    "x.json",
  ]);
  expect(options).toMatchObject({
    runs: 5,
    navs: 30,
    port: 4195,
    out: resolve("x.json"),
  });
});

test("one story count means 1, 100 and that count; a list means exactly those", () => {
  expect(storyCounts("1000")).toEqual([1, 100, 1000]);
  expect(storyCounts("50")).toEqual([1, 50]);
  expect(storyCounts("1")).toEqual([1]);
  expect(storyCounts("500, 10,10")).toEqual([10, 500]);
  expect(readOptions(["--stories", "1000"])).toMatchObject({
    stories: [1, 100, 1000],
    out: resolve("test-results/bench-scale-report.json"),
  });
});

test("--check builds exactly the counts given, and needs them", () => {
  expect(storyCounts("1000", { exact: true })).toEqual([1000]);
  expect(readOptions(["--stories", "1000", "--check"])).toMatchObject({
    stories: [1000],
    check: true,
    out: resolve("test-results/bench-scale-report.json"),
  });
  expect(readOptions(["--stories", "100,1", "--check"]).stories).toEqual([
    1, 100,
  ]);
  expect(() => readOptions(["--check"])).toThrow(
    "--check checks the byte caps of synthetic editions: give their counts, e.g. --stories 1000",
  );
  expect(() => readOptions(["--site", "dist", "--check"])).toThrow(
    OptionsError,
  );
});

test("a bad option is refused with what was wrong", () => {
  expect(() => readOptions(["--runs", "0"])).toThrow(
    new OptionsError("--runs 0: expected a whole number from 1"),
  );
  expect(() => readOptions(["--navs", "many"])).toThrow(OptionsError);
  expect(() => readOptions(["--stories", "10,x"])).toThrow(OptionsError);
  expect(() => readOptions(["--port", "70000"])).toThrow(
    "--port 70000: expected a whole number from 0 to 65535",
  );
  expect(() => readOptions(["--fast"])).toThrow(OptionsError);
});
