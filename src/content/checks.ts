/** A list is not a record, though `typeof` says "object". @example isRecord([]) === false */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The form only; isCalendarDate checks the day exists. */
export const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** @example isCalendarDate("2016-02-29") === true && isCalendarDate("2018-02-31") === false */
export function isCalendarDate(text: string): boolean {
  const match = DATE_FORM.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [
    number,
    number,
    number,
  ];
  // `Date` rolls 2018-02-31 over to March 3, so only a day that reads back the same exists.
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

// C0 (but tab and line endings), DEL, C1 and U+FFFD: signs of a binary or mis-decoded file,
// and some terminals and browsers act on the controls.
export const CONTROL_CHARACTER =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/u;

/** @example codePoint("\u0007") === "U+0007" */
export function codePoint(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
