/**
 * The cards' type, from the font packages (SIL Open Font License 1.1):
 * Noto Serif Bold for the masthead and headline, as the site's serif
 * headlines; Noto Sans for the section label and the date, as its sans
 * labels. Each package splits a face into subsets by script; every subset the
 * faces have for Latin, Greek, Cyrillic and Vietnamese is loaded, so a
 * headline in those scripts is drawn, and anything else falls back.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { readFont, type FontFacts } from "./fontFile.ts";

export type Face = "serif-bold" | "sans-bold" | "sans";

/** As satori takes them: one entry per subset file, each under a name of its own (see `family`). */
export type SatoriFont = {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: "normal";
};

export type CardFonts = {
  satori: SatoriFont[];
  /**
   * The CSS font-family list for a face: its subsets' names in order. Satori
   * keeps one font per name, weight and style, so subsets sharing a name
   * would hide all but the first, and Cyrillic would come out as boxes.
   */
  family: (face: Face) => string;
  /** Every character has a glyph in the face: no tofu box, no guessed fallback font. */
  covers: (face: Face, text: string) => boolean;
  /**
   * Width of one unbroken line, in pixels, as the face's advance widths add
   * up (kerning, which only ever tightens Latin text here, left out).
   */
  width: (
    face: Face,
    text: string,
    size: number,
    letterSpacing?: number,
  ) => number;
};

const SUBSETS = [
  "latin",
  "latin-ext",
  "cyrillic",
  "cyrillic-ext",
  "greek",
  "greek-ext",
  "vietnamese",
];

const FACES: ReadonlyMap<
  Face,
  { pkg: string; family: string; weight: 400 | 700; subsets: string[] }
> = new Map([
  [
    "serif-bold",
    {
      pkg: "noto-serif",
      family: "Noto Serif",
      weight: 700,
      subsets: SUBSETS,
    },
  ],
  [
    "sans-bold",
    { pkg: "noto-sans", family: "Noto Sans", weight: 700, subsets: SUBSETS },
  ],
  // Only dates, which are written in English (content/dates.ts).
  [
    "sans",
    { pkg: "noto-sans", family: "Noto Sans", weight: 400, subsets: ["latin"] },
  ],
]);

/**
 * The files, in the order satori should try them, for hashing into the cards' cache key.
 * @example fontFiles().length === 15
 */
export function fontFiles(): string[] {
  const require = createRequire(import.meta.url);
  const files: string[] = [];
  for (const { pkg, weight, subsets } of FACES.values()) {
    const dir = join(
      dirname(require.resolve(`@fontsource/${pkg}/package.json`)),
      "files",
    );
    for (const subset of subsets)
      files.push(join(dir, `${pkg}-${subset}-${weight}-normal.woff`));
  }
  return files;
}

/**
 * Read once per worker: satori keeps its parsed copy of the same array.
 * @example const fonts = loadCardFonts(); fonts.covers("serif-bold", "Путин") === true
 */
export function loadCardFonts(): CardFonts {
  const files = fontFiles();
  const satori: SatoriFont[] = [];
  const facts = new Map<Face, FontFacts[]>();
  const families = new Map<Face, string>();
  let i = 0;
  for (const [face, { family, weight, subsets }] of FACES) {
    const list: FontFacts[] = [];
    const names: string[] = [];
    for (const subset of subsets) {
      const file = files[i++] ?? "";
      const data = readFileSync(file);
      const name = `${family} ${weight} ${subset}`;
      satori.push({ name, data, weight, style: "normal" });
      list.push(readFont(data, name));
      names.push(`"${name}"`);
    }
    facts.set(face, list);
    families.set(face, names.join(", "));
  }
  // The first subset with the character draws it, as satori picks them.
  const lookup = (face: Face, codePoint: number) => {
    for (const font of facts.get(face) ?? []) {
      const glyph = font.glyph(codePoint);
      if (glyph !== undefined) return { font, glyph };
    }
    return undefined;
  };
  return {
    satori,
    family: (face) => families.get(face) ?? "",
    covers: (face, text) => {
      for (const char of text)
        if (!lookup(face, char.codePointAt(0) ?? 0)) return false;
      return true;
    },
    width: (face, text, size, letterSpacing = 0) => {
      let width = 0;
      for (const char of text) {
        const found = lookup(face, char.codePointAt(0) ?? 0);
        if (found)
          width +=
            (found.font.advance(found.glyph) / found.font.unitsPerEm) * size;
        width += letterSpacing;
      }
      return width;
    },
  };
}
