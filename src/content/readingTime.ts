// Adults read news at roughly 230–260 words a minute; a range says so honestly.
const FAST_WPM = 260;
const SLOW_WPM = 230;

/** @example readingTime(370) === "1–2 min read"; readingTime(100) === "1 min read" */
export function readingTime(words: number): string {
  const low = Math.max(1, Math.round(words / FAST_WPM));
  // Round the fast reader's time, but never undersell the slow reader's.
  const high = Math.max(1, Math.ceil(words / SLOW_WPM));
  return low === high ? `${low} min read` : `${low}–${high} min read`;
}
