import { act, renderHook, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import {
  applySettings,
  DEFAULT_SETTINGS,
  serializeSettings,
  STORAGE_KEY,
  type Settings,
} from "./settings.ts";

const chosen: Settings = {
  textSize: 5,
  width: "wide",
  theme: "dark",
  font: "sans",
  shortcuts: "off",
};

beforeEach(() => {
  // A fresh module each time: the page's store is made once per page load.
  vi.resetModules();
  // As the head script leaves a returning reader's page.
  localStorage.setItem(STORAGE_KEY, serializeSettings(chosen));
  applySettings(document.documentElement, chosen);
});

afterEach(() => {
  localStorage.clear();
  for (const name of [
    "data-text-size",
    "data-width",
    "data-theme",
    "data-font",
    "data-shortcuts",
  ])
    document.documentElement.removeAttribute(name);
});

test("before the store loads, the page's own settings show, not the defaults; then the stored ones, and a change is kept", async () => {
  const { updateSettings, useSettings } = await import("./useSettings.ts");
  const { result } = renderHook(() => useSettings());
  expect(result.current).toEqual(chosen);
  expect(result.current).not.toEqual(DEFAULT_SETTINGS);

  await act(() => Promise.resolve());
  act(() => updateSettings({ theme: "sepia" }));
  await waitFor(() => expect(result.current.theme).toBe("sepia"));
  expect(document.documentElement).toHaveAttribute("data-theme", "sepia");
  await waitFor(() =>
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "")).toEqual({
      version: 1,
      ...chosen,
      theme: "sepia",
    }),
  );
});

test("a choice made before the store arrives shows at once, and is saved with the rest when it arrives", async () => {
  const { updateSettings, useSettings } = await import("./useSettings.ts");
  const { result } = renderHook(() => useSettings());
  act(() => updateSettings({ width: "narrow" }));
  // No waiting: the reader sees their click take effect.
  expect(result.current).toEqual({ ...chosen, width: "narrow" });
  expect(document.documentElement).toHaveAttribute("data-width", "narrow");
  await waitFor(() =>
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "")).toEqual({
      version: 1,
      ...chosen,
      width: "narrow",
    }),
  );
  expect(result.current).toEqual({ ...chosen, width: "narrow" });
});
