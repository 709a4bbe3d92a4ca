// @vitest-environment node
import { readFileSync } from "node:fs";
import opentype from "opentype.js";
import { expect, test } from "vitest";
import { fontFiles } from "./cardFonts.ts";
import { FontFileError, readFont } from "./fontFile.ts";

const file = (part: string) => {
  const path = fontFiles().find((f) => f.endsWith(part));
  if (!path) throw new Error(`no font file ending ${part}`);
  return readFileSync(path);
};
const cp = (char: string) => char.codePointAt(0) ?? 0;
const has =
  (font: { glyph: (codePoint: number) => number | undefined }) =>
  (char: string) =>
    font.glyph(cp(char)) !== undefined;

test("a WOFF's character map has the glyphs of its subset and none of another", () => {
  const latin = has(readFont(file("noto-serif-latin-700-normal.woff")));
  const cyrillic = has(readFont(file("noto-serif-cyrillic-700-normal.woff")));
  expect(latin("A")).toBe(true);
  expect(latin("é")).toBe(true);
  expect(latin("Ж")).toBe(false);
  expect(cyrillic("Ж")).toBe(true);
  for (const font of [latin, cyrillic]) {
    expect(font("ب")).toBe(false);
    expect(font("中")).toBe(false);
    expect(font("😀")).toBe(false);
  }
});

test("advance widths are the font's own: W is wider than i, and a space is some width", () => {
  const latin = readFont(file("noto-serif-latin-700-normal.woff"));
  const advance = (char: string) => latin.advance(latin.glyph(cp(char)) ?? 0);
  expect(latin.unitsPerEm).toBe(1000);
  expect(advance("W")).toBeGreaterThan(2 * advance("i"));
  expect(advance(" ")).toBeGreaterThan(0);
});

test("a font mapping characters past the BMP (a format 12 map) is read too, with each glyph's width", () => {
  const font = readFont(
    made([
      { unicode: 0x1f600, advanceWidth: 600 },
      { unicode: 0x1f601, advanceWidth: 700 },
    ]),
  );
  expect(font.unitsPerEm).toBe(1000);
  const glyphs = [0x1f600, 0x1f601, 0x1f602].map((c) => font.glyph(c));
  expect(glyphs).toEqual([1, 2, undefined]);
  expect([0, 1, 2].map((glyph) => font.advance(glyph))).toEqual([
    500, 600, 700,
  ]);
});

test("a character the map sends to glyph 0, the tofu box, counts as having no glyph", () => {
  const font = readFont(made([{ unicode: 0x42, advanceWidth: 600 }], 0x41));
  expect(font.glyph(0x42)).toBe(1);
  expect(font.glyph(0x41)).toBeUndefined();
});

test("a WOFF 2 file or one that is no font is refused, by name", () => {
  const woff2 = Buffer.concat([Buffer.from("wOF2"), Buffer.alloc(60)]);
  expect(() => readFont(woff2, "x.woff2")).toThrow(FontFileError);
  expect(() => readFont(woff2, "x.woff2")).toThrow(/x\.woff2: WOFF 2/);
  expect(() => readFont(Buffer.from("<html>not a font</html>"), "y")).toThrow(
    FontFileError,
  );
  expect(() => readFont(Buffer.from("<html>not a font</html>"), "y")).toThrow(
    /^y: not a font/,
  );
});

/** A font written by opentype.js: ".notdef" (500 wide, mapped from `notdef` if given), then one glyph a character. */
function made(
  glyphs: { unicode: number; advanceWidth: number }[],
  notdef?: number,
): Buffer {
  const font = new opentype.Font({
    familyName: "Test",
    styleName: "Regular",
    unitsPerEm: 1000,
    ascender: 800,
    descender: -200,
    glyphs: [
      new opentype.Glyph({
        name: ".notdef",
        advanceWidth: 500,
        path: new opentype.Path(),
        ...(notdef !== undefined && { unicode: notdef }),
      }),
      ...glyphs.map(
        ({ unicode, advanceWidth }) =>
          new opentype.Glyph({
            name: `u${unicode.toString(16)}`,
            unicode,
            advanceWidth,
            path: new opentype.Path(),
          }),
      ),
    ],
  });
  return Buffer.from(font.toArrayBuffer());
}
