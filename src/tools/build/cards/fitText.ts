/**
 * Breaks text into lines at its spaces, at the largest size whose lines fit
 * the box, so a long headline shrinks instead of running off the card. A
 * word is never split: text with a word too wide even at the smallest size
 * does not fit at all, and the caller leaves it off.
 */

export type FitBox = {
  /** Largest first; the first that fits is taken. */
  sizes: readonly number[];
  width: number;
  height: number;
  /** Line height as a multiple of the size. */
  leading: number;
  /** Pixel width of one unbroken line at a size. */
  measure: (line: string, size: number) => number;
};

export type Fitted = { size: number; lines: string[] };

/**
 * @example fitText("Lavrov rejects as 'claptrap' charges", box) // { size: 72, lines: ["Lavrov rejects as", "'claptrap' charges"] }
 */
export function fitText(text: string, box: FitBox): Fitted | undefined {
  const words = text.split(" ").filter((word) => word !== "");
  if (words.length === 0) return undefined;
  for (const size of box.sizes) {
    const most = Math.floor(box.height / (size * box.leading));
    const lines = breakLines(words, size, box, most);
    if (lines) return { size, lines };
  }
  return undefined;
}

/** Greedy: each line takes as many words as fit. */
function breakLines(
  words: string[],
  size: number,
  box: FitBox,
  most: number,
): string[] | undefined {
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const longer = line === "" ? word : `${line} ${word}`;
    if (box.measure(longer, size) <= box.width) {
      line = longer;
      continue;
    }
    if (line === "" || box.measure(word, size) > box.width) return undefined;
    lines.push(line);
    if (lines.length >= most) return undefined;
    line = word;
  }
  lines.push(line);
  return lines.length <= most ? lines : undefined;
}
