import { readingTime } from "../../content/readingTime.ts";

/**
 * The reading time of the words still to read, in the header's own words
 * and pace (readingTime.ts), or "" when none are left.
 *
 * @example minutesLeft(370) === "1–2 min left"; minutesLeft(0) === ""
 */
export function minutesLeft(words: number): string {
  return words > 0 ? readingTime(words).replace(/ read$/, " left") : "";
}
