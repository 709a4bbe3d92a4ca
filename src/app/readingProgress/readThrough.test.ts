import { expect, test } from "vitest";
import { readThrough } from "./readThrough.ts";

test("nothing is read while the text starts below the top of the window", () => {
  expect(readThrough(300, 3300, 1000)).toBe(0);
  expect(readThrough(0, 3000, 1000)).toBe(0);
});

test("the share read grows as the text scrolls up, and is whole when its end is in view", () => {
  expect(readThrough(-1000, 2000, 1000)).toBe(0.5);
  expect(readThrough(-2000, 1000, 1000)).toBe(1);
  expect(readThrough(-2500, 500, 1000)).toBe(1);
});

test("a text shorter than the window is read once its end is in view", () => {
  expect(readThrough(200, 700, 1000)).toBe(1);
  expect(readThrough(800, 1300, 1000)).toBe(0);
});
