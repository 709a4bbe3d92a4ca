// @vitest-environment node
import { expect, test } from "vitest";
import { median } from "./median.ts";

test("the median of an odd count is the middle value, whatever the order", () => {
  expect(median([120, 80, 95])).toBe(95);
  expect(median([5])).toBe(5);
});

test("the median of an even count is the mean of the two middle values", () => {
  expect(median([4, 1, 3, 2])).toBe(2.5);
});

test("one slow run does not move the median", () => {
  expect(median([50, 52, 51, 5000, 49])).toBe(51);
});

test("there is no median of nothing, and missing figures are left out", () => {
  expect(median([])).toBeNull();
  expect(median([NaN, 10, Infinity])).toBe(10);
});
