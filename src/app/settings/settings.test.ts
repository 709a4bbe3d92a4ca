import { expect, test } from "vitest";
import {
  applySettings,
  DEFAULT_SETTINGS,
  mergeSettings,
  parseSettings,
  serializeSettings,
} from "./settings.ts";

test("stored settings are read back as saved", () => {
  const saved = { textSize: 5, width: "wide", theme: "sepia" } as const;
  expect(parseSettings(serializeSettings(saved))).toEqual(saved);
  expect(JSON.parse(serializeSettings(saved))).toEqual({
    version: 1,
    ...saved,
  });
});

test("nothing stored, or nothing readable, gives the defaults", () => {
  for (const stored of [null, "", "{", "null", "42", '"dark"', "[]", "{}"])
    expect(parseSettings(stored), String(stored)).toEqual(DEFAULT_SETTINGS);
});

test("a bad field falls back to its default and keeps the good ones", () => {
  expect(
    parseSettings('{"textSize":"4","width":"wide","theme":"neon"}'),
  ).toEqual({ textSize: 3, width: "wide", theme: "system" });
  expect(parseSettings('{"textSize":4.5,"theme":"dark","extra":1}')).toEqual({
    textSize: 3,
    width: "normal",
    theme: "dark",
  });
});

test("a change takes only allowed values", () => {
  const current = { textSize: 2, width: "narrow", theme: "light" } as const;
  expect(mergeSettings(current, { theme: "dark" })).toEqual({
    ...current,
    theme: "dark",
  });
  const bad = JSON.parse('{"textSize":9,"width":"huge"}') as object;
  expect(mergeSettings(current, bad)).toEqual(current);
});

test("settings are shown as attributes on the root element, defaults included", () => {
  const root = document.createElement("html");
  applySettings(root, DEFAULT_SETTINGS);
  expect(root).toHaveAttribute("data-text-size", "3");
  expect(root).toHaveAttribute("data-width", "normal");
  expect(root).toHaveAttribute("data-theme", "system");
  applySettings(root, { textSize: 1, width: "wide", theme: "dark" });
  expect(root).toHaveAttribute("data-text-size", "1");
  expect(root).toHaveAttribute("data-width", "wide");
  expect(root).toHaveAttribute("data-theme", "dark");
});
