/**
 * The two facts the card layout needs from a font file, read from its own
 * tables: which characters it has a glyph for (cmap), so a headline is drawn
 * only when every character is, and how wide each one is (hmtx), so lines are
 * broken and sized before the card is drawn. Reads TrueType/OpenType and
 * WOFF 1 (zlib-compressed tables), the formats the font packages ship.
 */
import { inflateSync } from "node:zlib";
import { UserError } from "../../../content/userError.ts";

export class FontFileError extends UserError {
  override name = "FontFileError";
}

export type FontFacts = {
  unitsPerEm: number;
  /** Code point → glyph; glyph 0 (".notdef", the tofu box) is never stored. */
  glyphs: ReadonlyMap<number, number>;
  /** Advance width of a glyph, in font units. */
  advance: (glyph: number) => number;
};

const WOFF = 0x774f4646; // "wOFF"
const WOFF2 = 0x774f4632; // "wOF2": its tables need Brotli and untransforming; use the .woff files

/**
 * @throws FontFileError when the file is not a font this reader knows, or lacks a table
 * @example readFont(readFileSync("noto-serif-latin-700-normal.woff")).glyphs.has(0x41) === true
 */
export function readFont(file: Buffer, name = "font"): FontFacts {
  const tables = tableDirectory(file, name);
  const table = (tag: string): Buffer => {
    const found = tables.get(tag);
    if (!found)
      throw new FontFileError(`${name}: the font has no ${tag} table`);
    return found;
  };
  const head = table("head");
  const hhea = table("hhea");
  const hmtx = table("hmtx");
  const metrics = hhea.readUInt16BE(34);
  // Glyphs past the last metric share its advance (monospaced tails).
  const lastAdvance = metrics > 0 ? hmtx.readUInt16BE((metrics - 1) * 4) : 0;
  return {
    unitsPerEm: head.readUInt16BE(18),
    glyphs: characterMap(table("cmap"), name),
    advance: (glyph) =>
      glyph < metrics ? hmtx.readUInt16BE(glyph * 4) : lastAdvance,
  };
}

function tableDirectory(file: Buffer, name: string): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  if (file.length < 12)
    throw new FontFileError(`${name}: too short to be a font`);
  const signature = file.readUInt32BE(0);
  if (signature === WOFF2)
    throw new FontFileError(
      `${name}: WOFF 2 fonts are not read here; use the package's .woff file`,
    );
  if (signature === WOFF) {
    const count = file.readUInt16BE(12);
    for (let i = 0; i < count; i++) {
      const at = 44 + i * 20;
      const tag = file.toString("latin1", at, at + 4);
      const offset = file.readUInt32BE(at + 4);
      const compressed = file.readUInt32BE(at + 8);
      const original = file.readUInt32BE(at + 12);
      const bytes = file.subarray(offset, offset + compressed);
      tables.set(tag, compressed < original ? inflateSync(bytes) : bytes);
    }
    return tables;
  }
  // TrueType (0x00010000, "true") or OpenType with CFF outlines ("OTTO").
  if (![0x00010000, 0x74727565, 0x4f54544f].includes(signature))
    throw new FontFileError(`${name}: not a TrueType, OpenType or WOFF font`);
  const count = file.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = file.toString("latin1", at, at + 4);
    const offset = file.readUInt32BE(at + 8);
    const length = file.readUInt32BE(at + 12);
    tables.set(tag, file.subarray(offset, offset + length));
  }
  return tables;
}

/** Unicode subtables only: full-repertoire format 12 if there is one, else the BMP's format 4. */
function characterMap(cmap: Buffer, name: string): Map<number, number> {
  const subtables = new Map<number, number>();
  const count = cmap.readUInt16BE(2);
  for (let i = 0; i < count; i++) {
    const at = 4 + i * 8;
    const platform = cmap.readUInt16BE(at);
    const encoding = cmap.readUInt16BE(at + 2);
    // Platform 0 is Unicode; platform 3 (Windows) encodings 1 and 10 are Unicode BMP and full.
    if (platform !== 0 && !(platform === 3 && [1, 10].includes(encoding)))
      continue;
    const offset = cmap.readUInt32BE(at + 4);
    subtables.set(cmap.readUInt16BE(offset), offset);
  }
  const full = subtables.get(12);
  if (full !== undefined) return format12(cmap, full);
  const bmp = subtables.get(4);
  if (bmp !== undefined) return format4(cmap, bmp);
  throw new FontFileError(
    `${name}: the font's cmap has no Unicode subtable of format 4 or 12`,
  );
}

function format12(cmap: Buffer, at: number): Map<number, number> {
  const glyphs = new Map<number, number>();
  const groups = cmap.readUInt32BE(at + 12);
  for (let i = 0; i < groups; i++) {
    const group = at + 16 + i * 12;
    const first = cmap.readUInt32BE(group);
    const last = cmap.readUInt32BE(group + 4);
    const glyph = cmap.readUInt32BE(group + 8);
    for (let c = first; c <= last; c++)
      if (glyph + c - first !== 0) glyphs.set(c, glyph + c - first);
  }
  return glyphs;
}

function format4(cmap: Buffer, at: number): Map<number, number> {
  const glyphs = new Map<number, number>();
  const segments = cmap.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2; // past the reserved pad
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const first = cmap.readUInt16BE(starts + s * 2);
    const last = cmap.readUInt16BE(ends + s * 2);
    const delta = cmap.readUInt16BE(deltas + s * 2);
    const rangeAt = rangeOffsets + s * 2;
    const rangeOffset = cmap.readUInt16BE(rangeAt);
    for (let c = first; c <= last && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        // The offset counts from its own place in the file (the spec's pointer trick).
        const raw = cmap.readUInt16BE(rangeAt + rangeOffset + (c - first) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) glyphs.set(c, glyph);
    }
  }
  return glyphs;
}
