import { expect, test } from "vitest";
import { readingTime } from "./readingTime.ts";

test("readingTime gives a range between fast and slow readers", () => {
  expect(readingTime(370)).toBe("1–2 min read");
  expect(readingTime(700)).toBe("3–4 min read");
});

test("readingTime gives one figure when both readers agree, and never zero", () => {
  expect(readingTime(0)).toBe("1 min read");
  expect(readingTime(100)).toBe("1 min read");
  expect(readingTime(2300)).toBe("9–10 min read");
});
