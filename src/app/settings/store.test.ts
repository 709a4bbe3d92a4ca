import { act, renderHook } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { DEFAULT_SETTINGS, STORAGE_KEY } from "./settings.ts";
import { createSettingsStore, useSettings } from "./store.ts";

function setup(stored: Record<string, string> = {}) {
  const data = new Map(Object.entries(stored));
  const storage = {
    getItem: vi.fn((key: string) => data.get(key) ?? null),
    setItem: vi.fn((key: string, value: string) => void data.set(key, value)),
  };
  const root = document.createElement("html");
  const events = new EventTarget() as unknown as Window;
  const store = createSettingsStore({
    storage: () => storage,
    root: () => root,
    events: () => events,
  });
  return { data, storage, root, events, store };
}

test("the hook gives the stored settings and shows them on the root element", () => {
  const { store, root } = setup({
    [STORAGE_KEY]: '{"version":1,"textSize":5,"width":"wide","theme":"dark"}',
  });
  const { result } = renderHook(() => useSettings(store));
  expect(result.current).toEqual({ textSize: 5, width: "wide", theme: "dark" });
  expect(root).toHaveAttribute("data-theme", "dark");
  expect(root).toHaveAttribute("data-text-size", "5");
});

test("a change is saved, shown and rendered", () => {
  const { store, root, data } = setup();
  const { result } = renderHook(() => useSettings(store));
  expect(result.current).toEqual(DEFAULT_SETTINGS);
  act(() => store.update({ theme: "sepia" }));
  expect(result.current.theme).toBe("sepia");
  expect(root).toHaveAttribute("data-theme", "sepia");
  expect(JSON.parse(data.get(STORAGE_KEY) ?? "")).toEqual({
    version: 1,
    ...DEFAULT_SETTINGS,
    theme: "sepia",
  });
});

test("an unreadable stored value is left alone until the reader changes a setting", () => {
  const { store, storage, data } = setup({ [STORAGE_KEY]: "{broken" });
  renderHook(() => useSettings(store));
  expect(store.getSnapshot()).toEqual(DEFAULT_SETTINGS);
  expect(storage.setItem).not.toHaveBeenCalled();
  expect(data.get(STORAGE_KEY)).toBe("{broken");
});

test("storage that throws never breaks a change: it still shows, for this visit", () => {
  const root = document.createElement("html");
  const denied = () => {
    throw new DOMException("denied", "SecurityError");
  };
  const store = createSettingsStore({
    storage: denied,
    root: () => root,
    events: () => window,
  });
  const { result } = renderHook(() => useSettings(store));
  expect(result.current).toEqual(DEFAULT_SETTINGS);
  act(() => store.update({ textSize: 1 }));
  expect(result.current.textSize).toBe(1);
  expect(root).toHaveAttribute("data-text-size", "1");
});

test("a change saved in another tab is followed", () => {
  const { store, root, data, events } = setup();
  const { result, unmount } = renderHook(() => useSettings(store));
  data.set(STORAGE_KEY, '{"version":1,"textSize":2,"width":"narrow"}');
  act(() => {
    events.dispatchEvent(new StorageEvent("storage", { key: STORAGE_KEY }));
  });
  expect(result.current).toEqual({
    textSize: 2,
    width: "narrow",
    theme: "system",
  });
  expect(root).toHaveAttribute("data-width", "narrow");

  act(() => {
    events.dispatchEvent(new StorageEvent("storage", { key: "other" }));
  });
  expect(result.current.textSize).toBe(2);
  unmount();
});
