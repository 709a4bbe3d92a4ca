/**
 * The figures `npm run build` prints about itself, read back from its output
 * (buildSite keeps it). Either line may be missing from an older build: the
 * reader gets null, and the report says "n/a".
 */

export type PrecacheFigures = {
  files: number;
  raw: number;
  gzip: number;
  /** The build's own cap on `gzip`; the build fails when it is passed. */
  capGzip: number;
};

/** Digits with optional thousands separators, as toLocaleString("en") prints them. */
const NUMBER = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const PEAK_MEMORY = new RegExp(
  String.raw`^peak memory: ${NUMBER} MB\s*$`,
  "gm",
);
const PRECACHE = new RegExp(
  String.raw`^precache: ${NUMBER} files, ${NUMBER} bytes, ${NUMBER} bytes gzip, cap ${NUMBER} bytes gzip\s*$`,
  "gm",
);
/** Colours, should a tool in the build add them to its lines. */
const ANSI = new RegExp(String.raw`\u001b\[[\d;]*m`, "g");

/**
 * The build process's peak resident memory (its maxRSS), from its last
 * "peak memory" line.
 *
 * @example peakMemoryMb("…\npeak memory: 1,204 MB\n") // → 1204
 */
export function peakMemoryMb(output: string): number | null {
  const match = lastMatch(PEAK_MEMORY, output);
  return match === undefined ? null : number(match[1]);
}

/**
 * @example
 *   precacheFigures("precache: 57 files, 3050112 bytes, 1002003 bytes gzip, cap 1048576 bytes gzip")
 *   // → { files: 57, raw: 3050112, gzip: 1002003, capGzip: 1048576 }
 */
export function precacheFigures(output: string): PrecacheFigures | null {
  const match = lastMatch(PRECACHE, output);
  if (match === undefined) return null;
  return {
    files: number(match[1]),
    raw: number(match[2]),
    gzip: number(match[3]),
    capGzip: number(match[4]),
  };
}

function lastMatch(
  pattern: RegExp,
  output: string,
): RegExpExecArray | undefined {
  return [...output.replace(ANSI, "").matchAll(pattern)].at(-1);
}

function number(text: string | undefined): number {
  return Number((text ?? "").replaceAll(",", ""));
}
