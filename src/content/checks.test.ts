import { expect, test } from "vitest";
import {
  codePoint,
  CONTROL_CHARACTER,
  isCalendarDate,
  isRecord,
} from "./checks.ts";

test("a record is a plain object, not a list or null", () => {
  expect(isRecord({})).toBe(true);
  expect(isRecord({ slug: "a" })).toBe(true);
  expect(isRecord([])).toBe(false);
  expect(isRecord(null)).toBe(false);
  expect(isRecord("{}")).toBe(false);
});

test("a calendar date is a day that exists, written YYYY-MM-DD", () => {
  for (const day of ["2018-04-20", "2016-02-29", "2000-02-29", "0000-01-01"])
    expect(isCalendarDate(day), day).toBe(true);
  for (const day of [
    "2018-02-31",
    "2018-02-29",
    "1900-02-29",
    "2018-13-01",
    "2018-00-10",
    "2018-04-00",
    "2018-4-20",
    "20/04/2018",
    "2018-04-20T00:00:00Z",
    " 2018-04-20",
    "",
  ])
    expect(isCalendarDate(day), day).toBe(false);
});

test("the control characters are C0 but tab and line endings, DEL, C1 and U+FFFD", () => {
  for (const char of [
    "\u0000",
    "\u0007",
    "\u000B",
    "\u001F",
    "\u007F",
    "\u0085",
    "\u009B",
    "\uFFFD",
  ])
    expect(CONTROL_CHARACTER.test(char), codePoint(char)).toBe(true);
  for (const char of ["\t", "\n", "\r", " ", "é", "\u00A0", "\u200F"])
    expect(CONTROL_CHARACTER.test(char), codePoint(char)).toBe(false);
});

test("a character is named by its code point", () => {
  expect(codePoint("\u0007")).toBe("U+0007");
  expect(codePoint("\uFFFD")).toBe("U+FFFD");
});
