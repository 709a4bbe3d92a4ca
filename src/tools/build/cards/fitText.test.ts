// @vitest-environment node
import fc from "fast-check";
import { expect, test } from "vitest";
import { fitText, type FitBox } from "./fitText.ts";

/** Every character half the size wide: a line of n characters at size s is n·s/2 px. */
const box: FitBox = {
  sizes: [60, 50, 40, 30, 20],
  width: 600,
  height: 240,
  leading: 1,
  measure: (line, size) => (line.length * size) / 2,
};

test("a short line takes the largest size", () => {
  expect(fitText("Lavrov speaks", box)).toEqual({
    size: 60,
    lines: ["Lavrov speaks"],
  });
});

test("a longer text breaks at spaces and shrinks until its lines fit the box", () => {
  // 107 characters: 20 a line in 4 lines at 60 and 24 in 4 at 50 are too few; 30 in 6 at 40 are enough.
  const text =
    "Officials said the bridge across the river would open before winter and relieve the coast road at long last";
  const fitted = fitText(text, box);
  expect(fitted?.size).toBe(40);
  expect(fitted?.lines).toEqual([
    "Officials said the bridge",
    "across the river would open",
    "before winter and relieve the",
    "coast road at long last",
  ]);
});

test("a word too wide for the box at the smallest size leaves the text off, never cut", () => {
  expect(fitText("x".repeat(61), box)).toBeUndefined();
  expect(fitText(`short ${"x".repeat(61)}`, box)).toBeUndefined();
  expect(fitText("x".repeat(60), box)).toEqual({
    size: 20,
    lines: ["x".repeat(60)],
  });
});

test("more text than the lines the smallest size allows is left off", () => {
  // At 20: 60 characters a line, 12 lines.
  expect(fitText(Array(200).fill("word").join(" "), box)).toBeUndefined();
});

test("empty or blank text has nothing to fit", () => {
  expect(fitText("", box)).toBeUndefined();
  expect(fitText("   ", box)).toBeUndefined();
});

test("any text that fits is every word in order, whole, in lines within the box", () => {
  const word = fc.stringMatching(/^[a-zA-Z]{1,25}$/);
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 80 }), (words) => {
      const fitted = fitText(words.join(" "), box);
      if (!fitted) return;
      expect(fitted.lines.join(" ")).toBe(words.join(" "));
      expect(fitted.lines.length).toBeLessThanOrEqual(
        Math.floor(box.height / (fitted.size * box.leading)),
      );
      for (const line of fitted.lines)
        expect(box.measure(line, fitted.size)).toBeLessThanOrEqual(box.width);
      // Nothing larger would have fitted.
      const larger = box.sizes.filter((size) => size > fitted.size);
      for (const size of larger)
        expect(
          fitText(words.join(" "), { ...box, sizes: [size] }),
        ).toBeUndefined();
    }),
  );
});
