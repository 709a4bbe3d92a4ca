/** The header's reading time, as readingTime.ts words it: "3 min read", "3–4 min read". */
const READING_TIME = /^(\d+)(?:–(\d+))? min read$/;

/**
 * The story's reading time (the header's, from readingTime.ts) scaled to the
 * share of the text still to read, rounded as the header rounds: the fast
 * reader's time to the nearest minute, the slow reader's never undersold.
 * "" when nothing is left. The pace itself stays in readingTime.ts: using it
 * here would move it into the code every page loads before hydration.
 *
 * @example minutesLeft("3–4 min read", 0.5) === "2 min left"; minutesLeft("3 min read", 0) === ""
 */
export function minutesLeft(readingTime: string, left: number): string {
  const range = READING_TIME.exec(readingTime);
  if (!range || left <= 0) return "";
  const fast = Number(range[1]) * left;
  const slow = Number(range[2] ?? range[1]) * left;
  const low = Math.max(1, Math.round(fast));
  const high = Math.max(low, Math.ceil(slow));
  return low === high ? `${low} min left` : `${low}–${high} min left`;
}
