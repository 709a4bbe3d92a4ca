// @vitest-environment node
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { fontFiles } from "./cardFonts.ts";
import { FontFileError, readFont } from "./fontFile.ts";

const file = (part: string) => {
  const path = fontFiles().find((f) => f.endsWith(part));
  if (!path) throw new Error(`no font file ending ${part}`);
  return readFileSync(path);
};
const cp = (char: string) => char.codePointAt(0) ?? 0;

test("a WOFF's character map has the glyphs of its subset and none of another", () => {
  const latin = readFont(file("noto-serif-latin-700-normal.woff"));
  const cyrillic = readFont(file("noto-serif-cyrillic-700-normal.woff"));
  expect(latin.glyphs.has(cp("A"))).toBe(true);
  expect(latin.glyphs.has(cp("é"))).toBe(true);
  expect(latin.glyphs.has(cp("Ж"))).toBe(false);
  expect(cyrillic.glyphs.has(cp("Ж"))).toBe(true);
  for (const font of [latin, cyrillic]) {
    expect(font.glyphs.has(cp("ب"))).toBe(false);
    expect(font.glyphs.has(cp("中"))).toBe(false);
    expect(font.glyphs.has(cp("😀"))).toBe(false);
  }
});

test("advance widths are the font's own: W is wider than i, and a space is some width", () => {
  const latin = readFont(file("noto-serif-latin-700-normal.woff"));
  const advance = (char: string) =>
    latin.advance(latin.glyphs.get(cp(char)) ?? 0);
  expect(latin.unitsPerEm).toBe(1000);
  expect(advance("W")).toBeGreaterThan(2 * advance("i"));
  expect(advance(" ")).toBeGreaterThan(0);
});

test("a TrueType file with a full-repertoire (format 12) map is read too", () => {
  const font = readFont(
    trueType([{ first: 0x1f600, last: 0x1f602, glyph: 1 }]),
  );
  expect([...font.glyphs]).toEqual([
    [0x1f600, 1],
    [0x1f601, 2],
    [0x1f602, 3],
  ]);
  // Past the last metric (glyph 1), glyphs share its advance.
  expect([0, 1, 2, 3].map((glyph) => font.advance(glyph))).toEqual([
    500, 600, 600, 600,
  ]);
});

test("a WOFF 2 file or one that is no font is refused, by name", () => {
  const woff2 = Buffer.concat([Buffer.from("wOF2"), Buffer.alloc(60)]);
  expect(() => readFont(woff2, "x.woff2")).toThrow(FontFileError);
  expect(() => readFont(woff2, "x.woff2")).toThrow(/x\.woff2: WOFF 2/);
  expect(() => readFont(Buffer.from("<html>not a font</html>"), "y")).toThrow(
    /y: not a TrueType, OpenType or WOFF font/,
  );
});

/** The smallest sfnt readFont reads: head, hhea, hmtx (glyphs 0–1) and a format 12 cmap. */
function trueType(groups: { first: number; last: number; glyph: number }[]) {
  const head = Buffer.alloc(54);
  head.writeUInt16BE(1000, 18);
  const hhea = Buffer.alloc(36);
  hhea.writeUInt16BE(2, 34);
  const hmtx = Buffer.alloc(8);
  hmtx.writeUInt16BE(500, 0);
  hmtx.writeUInt16BE(600, 4);
  const cmap = Buffer.alloc(12 + 16 + groups.length * 12);
  cmap.writeUInt16BE(1, 2);
  cmap.writeUInt16BE(3, 4);
  cmap.writeUInt16BE(10, 6);
  cmap.writeUInt32BE(12, 8);
  cmap.writeUInt16BE(12, 12);
  cmap.writeUInt32BE(groups.length, 24);
  groups.forEach((group, i) => {
    cmap.writeUInt32BE(group.first, 28 + i * 12);
    cmap.writeUInt32BE(group.last, 32 + i * 12);
    cmap.writeUInt32BE(group.glyph, 36 + i * 12);
  });
  const tables: [string, Buffer][] = [
    ["cmap", cmap],
    ["head", head],
    ["hhea", hhea],
    ["hmtx", hmtx],
  ];
  const directory = Buffer.alloc(12 + tables.length * 16);
  directory.writeUInt32BE(0x00010000, 0);
  directory.writeUInt16BE(tables.length, 4);
  let offset = directory.length;
  tables.forEach(([tag, data], i) => {
    directory.write(tag, 12 + i * 16, "latin1");
    directory.writeUInt32BE(offset, 12 + i * 16 + 8);
    directory.writeUInt32BE(data.length, 12 + i * 16 + 12);
    offset += data.length;
  });
  return Buffer.concat([directory, ...tables.map(([, data]) => data)]);
}
