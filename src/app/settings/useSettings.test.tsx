import { act, renderHook, waitFor } from "@testing-library/react";
import { afterEach, expect, test } from "vitest";
import {
  DEFAULT_SETTINGS,
  serializeSettings,
  STORAGE_KEY,
} from "./settings.ts";
import { updateSettings, useSettings } from "./useSettings.ts";

afterEach(() => localStorage.clear());

test("the page shows the defaults until the settings store loads, then the stored settings, and keeps a change", async () => {
  localStorage.setItem(
    STORAGE_KEY,
    serializeSettings({ textSize: 5, width: "wide", theme: "dark" }),
  );
  const { result } = renderHook(() => useSettings());
  expect(result.current).toEqual(DEFAULT_SETTINGS);
  await waitFor(() => expect(result.current.theme).toBe("dark"));
  expect(result.current.textSize).toBe(5);

  act(() => updateSettings({ theme: "sepia" }));
  await waitFor(() => expect(result.current.theme).toBe("sepia"));
  expect(document.documentElement).toHaveAttribute("data-theme", "sepia");
  expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "")).toEqual({
    version: 1,
    textSize: 5,
    width: "wide",
    theme: "sepia",
  });
});
