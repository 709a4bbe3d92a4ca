// Crawlers and feed readers fail quietly on relative links or impossible days, so the build fails loudly.
import { isCalendarDate } from "../../../content/checks.ts";
import { UserError } from "../../../content/userError.ts";

export class DiscoveryDataError extends UserError {
  override name = "DiscoveryDataError";
  constructor(field: string, problem: string) {
    super(`${field}: ${problem}`);
  }
}

/**
 * @example checkedAbsoluteUrl("https://news.example.org/", "siteUrl")
 */
export function checkedAbsoluteUrl(url: string, field: string): string {
  const problem = `"${url}" is not an absolute http(s) URL, e.g. https://news.example.org/story/x`;
  // The URL parser strips whitespace, but the string is written as given.
  if (/\s/.test(url)) throw new DiscoveryDataError(field, problem);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DiscoveryDataError(field, problem);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new DiscoveryDataError(field, problem);
  return url;
}

/**
 * @example calendarDate("2018-04-20", "published").toISOString() === "2018-04-20T00:00:00.000Z"
 */
export function calendarDate(iso: string, field: string): Date {
  if (!isCalendarDate(iso))
    throw new DiscoveryDataError(
      field,
      `"${iso}" is not a calendar date written yyyy-mm-dd`,
    );
  return new Date(`${iso}T00:00:00Z`);
}
