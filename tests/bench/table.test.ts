// @vitest-environment node
import { expect, test } from "vitest";
import { clip, formatTable } from "./table.ts";

test("a table pads every column to its widest cell, figures to the right", () => {
  const table = formatTable(
    [{ header: "page" }, { header: "JS gzip", align: "right" }],
    [
      ["/", "114.6 KB"],
      ["/topics/russia/", "9.0 KB"],
    ],
  );
  expect(table.split("\n")).toEqual([
    "page              JS gzip",
    "---------------  --------",
    "/                114.6 KB",
    "/topics/russia/    9.0 KB",
  ]);
});

test("a table's lines carry no trailing spaces, and a missing cell is blank", () => {
  const table = formatTable(
    [{ header: "kind" }, { header: "note" }],
    [["story"], ["front", "lead"]],
  );
  expect(table.split("\n")).toEqual([
    "kind   note",
    "-----  ----",
    "story",
    "front  lead",
  ]);
});

test("a long cell keeps its start and its end", () => {
  expect(clip("/world/2018/04/20/a-very-long-slug/", 20)).toBe(
    "/world/201…ong-slug/",
  );
  expect(clip("/topics/", 20)).toBe("/topics/");
});
