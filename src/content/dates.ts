// UTC and a fixed locale: calendar dates must read the same on the server and in any browser.

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

const MONTH_NAME = new Intl.DateTimeFormat(LOCALE, {
  month: "long",
  timeZone: "UTC",
});

export const AGE_NOTICE_DAYS = 30;

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** @example formatDate("2018-04-20") === "April 20, 2018" */
export function formatDate(iso: string): string {
  return DAY.format(utc(iso));
}

/**
 * A year, a month or a day, as an archive page names it.
 * @param period "2018", "2018-04" or "2018-04-20"
 * @example formatPeriod("2018") === "2018" && formatPeriod("2018-04") === "April 2018" && formatPeriod("2018-04-20") === "April 20, 2018"
 */
export function formatPeriod(period: string): string {
  if (period.length === 4) return period;
  if (period.length === 7) return MONTH.format(utc(`${period}-01`));
  return formatDate(period);
}

/** @example monthName("2018-04") === "April" */
export function monthName(yearMonth: string): string {
  return MONTH_NAME.format(utc(`${yearMonth}-01`));
}

/**
 * @example ageNotice("2018-04-20", new Date("2026-11-28")) === "This story is from April 2018"
 */
export function ageNotice(iso: string, now: Date): string | undefined {
  const ageDays = (now.getTime() - utc(iso).getTime()) / 86_400_000;
  return ageDays > AGE_NOTICE_DAYS
    ? `This story is from ${MONTH.format(utc(iso))}`
    : undefined;
}
