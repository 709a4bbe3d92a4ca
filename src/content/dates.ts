/**
 * Dates as a reader sees them. Story dates are calendar dates, so they are
 * formatted in UTC with a fixed locale: the words never depend on the
 * machine's time zone or language, on the server or in the browser.
 */

const LOCALE = "en-US";
const DAY = new Intl.DateTimeFormat(LOCALE, {
  dateStyle: "long",
  timeZone: "UTC",
});
const MONTH = new Intl.DateTimeFormat(LOCALE, {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** Stories older than this many days carry a notice saying when they are from. */
export const AGE_NOTICE_DAYS = 30;

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** @example formatDate("2018-04-20") === "April 20, 2018" */
export function formatDate(iso: string): string {
  return DAY.format(utc(iso));
}

/**
 * "This story is from April 2018" for a story more than 30 days old on `now`,
 * otherwise undefined.
 * @example ageNotice("2018-04-20", new Date("2026-11-28")) === "This story is from April 2018"
 */
export function ageNotice(iso: string, now: Date): string | undefined {
  const ageDays = (now.getTime() - utc(iso).getTime()) / 86_400_000;
  return ageDays > AGE_NOTICE_DAYS
    ? `This story is from ${MONTH.format(utc(iso))}`
    : undefined;
}
