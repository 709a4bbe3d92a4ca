import fc from "fast-check";
import { expect, test } from "vitest";
import {
  isSlug,
  MAX_SLUG_BYTES,
  RESERVED_NAMES,
  slugify,
  utf8Bytes,
} from "./slug.ts";

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

test("a headline in any script makes a readable slug of its own words", () => {
  const cases = new Map([
    ["Россия 2018: визит", "россия-2018-визит"],
    ["Η Ελλάδα ψηφίζει σήμερα", "η-ελλαδα-ψηφιζει-σημερα"],
    ["مصر تعلن عن خطة جديدة", "مصر-تعلن-عن-خطة-جديدة"],
    ["ישראל והשכנות החדשה", "ישראל-והשכנות-החדשה"],
    ["中国宣布新的经济政策", "中国宣布新的经济政策"],
    ["हिन्दी समाचार", "हिन्दी-समाचार"],
    ["🚀🌍", "🚀🌍"],
    // One family, not three people; ❤️ and ❤ are one heart.
    ["👨‍👩‍👧 and ❤️ ❤", "👨‍👩‍👧-and-❤-❤"],
    ["Việt Nam", "viet-nam"],
    // Persian's zero-width non-joiner, and bidirectional controls, separate words.
    ["می‌خواهم", "می-خواهم"],
    ["photos \u202Egnp.exe", "photos-gnpexe"],
  ]);
  for (const [headline, slug] of cases) {
    expect(slugify(headline), headline).toBe(slug);
    expect(isSlug(slug), slug).toBe(true);
  }
});

test("the same words always make the same slug: NFC, lower case", () => {
  // "й" written as one character or as и and a combining breve; "Ά" likewise.
  expect(slugify("Найти")).toBe(slugify("Наи\u0306ти"));
  expect(slugify("ΆΘΗΝΑ")).toBe(slugify("Α\u0301θηνα"));
  expect(slugify("Найти")).toBe("найти");
  expect(isSlug("наи\u0306ти")).toBe(false);
  expect(slugify("ＵＳ")).toBe("us");
});

test("a slug is cut at a word boundary to MAX_SLUG_BYTES, or between letters if one word is longer", () => {
  const words = "Многословный заголовок ".repeat(10);
  const slug = slugify(words);
  expect(utf8Bytes(slug)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
  // Whole words only: the slug's words are the headline's first words.
  expect(words.toLowerCase().startsWith(`${slug.replaceAll("-", " ")} `)).toBe(
    true,
  );
  expect(slug).toMatch(/заголовок$/);
  const chinese = slugify("经".repeat(200));
  expect(chinese).toBe("经".repeat(Math.floor(MAX_SLUG_BYTES / 3)));
  expect(utf8Bytes(slugify(`${"a".repeat(240)} b`))).toBe(MAX_SLUG_BYTES);
});

test("the site's own names are reserved, and names with a dot can never be slugs", () => {
  for (const name of ["topics", "search", "saved", "briefs", "page", "data"])
    expect(RESERVED_NAMES.has(name), name).toBe(true);
  for (const name of RESERVED_NAMES)
    if (name.includes(".")) expect(isSlug(name), name).toBe(false);
  expect(RESERVED_NAMES.has("constructor")).toBe(false);
});

test("slugify makes a slug of any text, or nothing, and a slug is its own slug", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.string({ unit: "binary", maxLength: 200 }),
      ),
      (words) => {
        const slug = slugify(words);
        if (slug === "") return;
        expect(isSlug(slug)).toBe(true);
        expect(slugify(slug)).toBe(slug);
        expect(slug.normalize("NFC")).toBe(slug);
        expect(utf8Bytes(slug)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
        expect(slug).not.toMatch(/^-|-$|--|[\s/\\.%?#]/u);
      },
    ),
    { numRuns: 2000, seed: 20180420 },
  );
});
