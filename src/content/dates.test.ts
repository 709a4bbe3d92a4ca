import { expect, test } from "vitest";
import { ageNotice, formatDate, formatPeriod, monthName } from "./dates.ts";

test("formatDate writes a calendar date the same in every time zone", () => {
  expect(formatDate("2018-04-20")).toBe("April 20, 2018");
  expect(formatDate("2018-01-01")).toBe("January 1, 2018");
  expect(formatDate("2018-12-31")).toBe("December 31, 2018");
});

test("ageNotice speaks up only after 30 days", () => {
  expect(ageNotice("2018-04-20", new Date("2026-11-28T12:00:00Z"))).toBe(
    "This story is from April 2018",
  );
  expect(
    ageNotice("2018-04-20", new Date("2018-05-20T00:00:00Z")),
  ).toBeUndefined();
  expect(ageNotice("2018-04-20", new Date("2018-05-21T00:00:01Z"))).toBe(
    "This story is from April 2018",
  );
});

test("an archive names its year, month or day in words", () => {
  expect(formatPeriod("2018")).toBe("2018");
  expect(formatPeriod("2018-04")).toBe("April 2018");
  expect(formatPeriod("2018-12")).toBe("December 2018");
  expect(formatPeriod("2018-04-20")).toBe("April 20, 2018");
  expect(monthName("2018-01")).toBe("January");
  expect(monthName("2018-12")).toBe("December");
});
