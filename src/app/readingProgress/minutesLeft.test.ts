import { expect, test } from "vitest";
import { readingTime } from "../../content/readingTime.ts";
import { minutesLeft } from "./minutesLeft.ts";

test("with the whole text ahead, the minutes left are the header's reading time", () => {
  for (const words of [100, 370, 700, 2300])
    expect(minutesLeft(readingTime(words), 1)).toBe(
      readingTime(words).replace("read", "left"),
    );
});

test("the minutes left shrink with the text still to read, and never to zero", () => {
  expect(minutesLeft(readingTime(2300), 0.5)).toBe("5 min left");
  expect(minutesLeft(readingTime(2300), 0.2)).toBe("2 min left");
  expect(minutesLeft(readingTime(700), 0.75)).toBe("2–3 min left");
  expect(minutesLeft(readingTime(370), 0.01)).toBe("1 min left");
});

test("nothing is said once no text is left, or of a reading time it cannot read", () => {
  expect(minutesLeft(readingTime(700), 0)).toBe("");
  expect(minutesLeft("a while", 0.5)).toBe("");
});
