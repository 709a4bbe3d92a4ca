import { expect, test } from "vitest";
import { slugify } from "./slug.ts";

test("slugify keeps contractions and abbreviations whole", () => {
  expect(
    slugify(
      "Trump won't say whether he would fire Mueller, but notes that he's 'still here'",
    ),
  ).toBe(
    "trump-wont-say-whether-he-would-fire-mueller-but-notes-that-hes-still-here",
  );
  expect(
    slugify("Russia: 'Unscrupulous' U.S. behavior destabilizes world"),
  ).toBe("russia-unscrupulous-us-behavior-destabilizes-world");
});

test("slugify drops accents and collapses punctuation", () => {
  expect(slugify("  Café — Société Générale!  ")).toBe("cafe-societe-generale");
  expect(slugify("Donald Trump")).toBe("donald-trump");
});
