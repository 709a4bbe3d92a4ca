import { expect, test } from "vitest";
import {
  applySettings,
  DEFAULT_SETTINGS,
  isUnreadableSettings,
  mergeSettings,
  parseSettings,
  serializeSettings,
  settingsOf,
  type Settings,
} from "./settings.ts";

const chosen: Settings = {
  textSize: 5,
  width: "wide",
  theme: "sepia",
  font: "hyperlegible",
  shortcuts: "off",
};

test("stored settings are read back as saved", () => {
  expect(parseSettings(serializeSettings(chosen))).toEqual(chosen);
  expect(JSON.parse(serializeSettings(chosen))).toEqual({
    version: 1,
    ...chosen,
  });
});

test("nothing stored, or nothing readable, gives the defaults", () => {
  for (const stored of [null, "", "{", "null", "42", '"dark"', "[]", "{}"])
    expect(parseSettings(stored), String(stored)).toEqual(DEFAULT_SETTINGS);
});

test("the defaults are the serif and shortcuts on", () => {
  expect(DEFAULT_SETTINGS.font).toBe("serif");
  expect(DEFAULT_SETTINGS.shortcuts).toBe("on");
});

test("a bad field falls back to its default and keeps the good ones", () => {
  expect(
    parseSettings('{"textSize":"4","width":"wide","theme":"neon"}'),
  ).toEqual({ ...DEFAULT_SETTINGS, width: "wide" });
  expect(parseSettings('{"textSize":4.5,"theme":"dark","extra":1}')).toEqual({
    ...DEFAULT_SETTINGS,
    theme: "dark",
  });
  expect(
    parseSettings(
      '{"version":1,"textSize":2,"font":"Comic Sans","shortcuts":false}',
    ),
  ).toEqual({ ...DEFAULT_SETTINGS, textSize: 2 });
  expect(parseSettings('{"font":"sans","shortcuts":"ON"}')).toEqual({
    ...DEFAULT_SETTINGS,
    font: "sans",
  });
});

test("settings saved before font and shortcuts existed keep every value, and are not set aside", () => {
  const before = '{"version":1,"textSize":1,"width":"narrow","theme":"dark"}';
  expect(isUnreadableSettings(before)).toBe(false);
  expect(parseSettings(before)).toEqual({
    textSize: 1,
    width: "narrow",
    theme: "dark",
    font: "serif",
    shortcuts: "on",
  });
});

test("a change takes only allowed values", () => {
  const current = { ...chosen, textSize: 2, width: "narrow" } as const;
  expect(mergeSettings(current, { theme: "dark" })).toEqual({
    ...current,
    theme: "dark",
  });
  expect(mergeSettings(current, { font: "sans", shortcuts: "on" })).toEqual({
    ...current,
    font: "sans",
    shortcuts: "on",
  });
  const bad = JSON.parse(
    '{"textSize":9,"width":"huge","font":"papyrus","shortcuts":"sometimes"}',
  ) as object;
  expect(mergeSettings(current, bad)).toEqual(current);
});

test("settings are shown as attributes on the root element, defaults included, and read back from them", () => {
  const root = document.createElement("html");
  applySettings(root, DEFAULT_SETTINGS);
  expect(root).toHaveAttribute("data-text-size", "3");
  expect(root).toHaveAttribute("data-width", "normal");
  expect(root).toHaveAttribute("data-theme", "system");
  expect(root).toHaveAttribute("data-font", "serif");
  expect(root).toHaveAttribute("data-shortcuts", "on");
  applySettings(root, chosen);
  expect(root).toHaveAttribute("data-text-size", "5");
  expect(root).toHaveAttribute("data-width", "wide");
  expect(root).toHaveAttribute("data-theme", "sepia");
  expect(root).toHaveAttribute("data-font", "hyperlegible");
  expect(root).toHaveAttribute("data-shortcuts", "off");
  expect(settingsOf(root)).toEqual(chosen);
  expect(settingsOf(document.createElement("html"))).toEqual(DEFAULT_SETTINGS);
});
