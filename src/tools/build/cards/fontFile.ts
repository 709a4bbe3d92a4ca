/**
 * The two facts the card layout needs from a font file, as opentype.js reads
 * them: which characters it has a glyph for, so a headline is drawn only when
 * every character is, and how wide each one is, so lines are broken and sized
 * before the card is drawn. Reads TrueType/OpenType and WOFF 1, the formats
 * the font packages ship.
 */
import opentype from "opentype.js";
import { UserError } from "../../../content/userError.ts";

export class FontFileError extends UserError {
  override name = "FontFileError";
}

export type FontFacts = {
  unitsPerEm: number;
  /** The glyph for a code point, or undefined when the font has none. */
  glyph: (codePoint: number) => number | undefined;
  /** Advance width of a glyph, in font units. */
  advance: (glyph: number) => number;
};

/**
 * @throws FontFileError when the file is not a font opentype.js reads
 * @example readFont(readFileSync("noto-serif-latin-700-normal.woff")).glyph(0x41) !== undefined
 */
export function readFont(file: Buffer, name = "font"): FontFacts {
  // opentype.js's own message for WOFF 2 points at a decompressor to add; ours, at the file to use.
  if (file.toString("latin1", 0, 4) === "wOF2")
    throw new FontFileError(
      `${name}: WOFF 2 fonts are not read here; use the package's .woff file`,
    );
  let font: opentype.Font;
  try {
    // Its own bytes: a Buffer may be a window on a larger, shared one.
    font = opentype.parse(
      file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength),
    );
  } catch (error) {
    throw new FontFileError(
      `${name}: not a font opentype.js can read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return {
    unitsPerEm: font.unitsPerEm,
    glyph: (codePoint) => {
      // Glyph 0 (".notdef") is the tofu box: what a character without a glyph is drawn as.
      const glyph = font.charToGlyphIndex(String.fromCodePoint(codePoint));
      return glyph === 0 ? undefined : glyph;
    },
    advance: (glyph) => font.glyphs.get(glyph).advanceWidth ?? 0,
  };
}
