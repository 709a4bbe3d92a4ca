import { expect, test } from "vitest";
import { minutesLeft } from "./minutesLeft.ts";

test("minutes left use the header's pace and words", () => {
  expect(minutesLeft(700)).toBe("3–4 min left");
  expect(minutesLeft(370)).toBe("1–2 min left");
  expect(minutesLeft(40)).toBe("1 min left");
});

test("nothing is said once no words are left", () => {
  expect(minutesLeft(0)).toBe("");
});
