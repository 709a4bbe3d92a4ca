import { expect, test } from "vitest";
import { isSlug, slugify } from "./slug.ts";

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

test("a slug is lower-case words joined by single hyphens", () => {
  for (const slug of ["a", "russia-us", "2018-report", "constructor"])
    expect(isSlug(slug), slug).toBe(true);
  for (const text of [
    "",
    "Russia",
    "a--b",
    "-a",
    "a-",
    "a b",
    "..",
    "a/b",
    "café",
    "a_b",
    42,
    undefined,
  ])
    expect(isSlug(text), String(text)).toBe(false);
});

test("whatever slugify makes from words is a slug", () => {
  for (const words of [
    "Russia: 'Unscrupulous' U.S.",
    "  Café — Société!  ",
    "a--b",
  ])
    expect(isSlug(slugify(words)), words).toBe(true);
});
