import { act, renderHook } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import {
  disabledStorage,
  fakeStorage,
  type FakeStorage,
} from "../storage/fakeStorage.ts";
import type { Fonts } from "./fontFaces.ts";
import { DEFAULT_SETTINGS, STORAGE_KEY } from "./settings.ts";
import { createSettingsStore } from "./settingsStore.ts";
import { useSettings, useSettingsProblem } from "./useSettings.ts";

const now = new Date("2024-05-01T10:00:00.000Z");
const BACKUP_KEY = `${STORAGE_KEY}:corrupt:${now.toISOString()}`;

function setup(storage: FakeStorage = fakeStorage()) {
  const root = document.createElement("html");
  const events = new EventTarget() as unknown as Window;
  const store = createSettingsStore({
    storage: () => storage,
    root: () => root,
    events: () => events,
    now: () => now,
  });
  return { data: storage.items, storage, root, events, store };
}

test("the hook gives the stored settings and shows them on the root element", () => {
  const { store, root } = setup(
    fakeStorage({
      [STORAGE_KEY]: '{"version":1,"textSize":5,"width":"wide","theme":"dark"}',
    }),
  );
  const { result } = renderHook(() => useSettings(store));
  expect(result.current).toEqual({
    ...DEFAULT_SETTINGS,
    textSize: 5,
    width: "wide",
    theme: "dark",
  });
  expect(root).toHaveAttribute("data-theme", "dark");
  expect(root).toHaveAttribute("data-text-size", "5");
  expect(store.getProblem()).toBeNull();
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

test.each([
  ["not JSON", "{broken"],
  ["not an object", "[]"],
  ["a later format", '{"version":2,"theme":"dark","contrast":"high"}'],
])(
  "%s: left alone until a change, then copied aside with its exact text before it is replaced",
  (_, original) => {
    const { store, storage } = setup(fakeStorage({ [STORAGE_KEY]: original }));
    const problem = renderHook(() => useSettingsProblem(store));
    expect(problem.result.current).toBe("corrupt");
    expect(storage.writes).toEqual([]);
    expect(storage.items.get(STORAGE_KEY)).toBe(original);

    act(() => store.update({ textSize: 2 }));
    expect(storage.writes.map(([key]) => key)).toEqual([
      BACKUP_KEY,
      STORAGE_KEY,
    ]);
    expect(storage.items.get(BACKUP_KEY)).toBe(original);
    expect(JSON.parse(storage.items.get(STORAGE_KEY) ?? "")).toMatchObject({
      textSize: 2,
    });
    // The notice stays for the visit, as for saved stories.
    expect(problem.result.current).toBe("corrupt");
  },
);

test("what the head script can read of a value is what the store shows", () => {
  const { store } = setup(
    fakeStorage({ [STORAGE_KEY]: '{"version":2,"theme":"dark"}' }),
  );
  expect(store.getSnapshot()).toEqual({ ...DEFAULT_SETTINGS, theme: "dark" });
});

test("disabled storage never breaks a change: it still shows, for this visit, and says why", () => {
  const root = document.createElement("html");
  const store = createSettingsStore({
    storage: disabledStorage,
    root: () => root,
    events: () => window,
  });
  const { result } = renderHook(() => useSettings(store));
  const problem = renderHook(() => useSettingsProblem(store));
  expect(result.current).toEqual(DEFAULT_SETTINGS);
  expect(problem.result.current).toBe("unavailable");
  act(() => store.update({ textSize: 1 }));
  expect(result.current.textSize).toBe(1);
  expect(root).toHaveAttribute("data-text-size", "1");
});

test("storage that reads but throws SecurityError on write is unavailable", () => {
  const { store } = setup({
    items: new Map(),
    writes: [],
    getItem: () => null,
    setItem: () => {
      throw new DOMException("no", "SecurityError");
    },
  });
  const problem = renderHook(() => useSettingsProblem(store));
  expect(problem.result.current).toBeNull();
  act(() => store.update({ width: "wide" }));
  expect(store.getSnapshot().width).toBe("wide");
  expect(problem.result.current).toBe("unavailable");
});

test("full storage: the change shows, the stored value stays byte for byte, and the next change with room stores it", () => {
  const original = '{"version":1,"textSize":4,"width":"normal","theme":"dark"}';
  let isFull = true;
  const { store, storage, root } = setup(
    fakeStorage({ [STORAGE_KEY]: original, "other-app": "x" }, () => isFull),
  );
  const problem = renderHook(() => useSettingsProblem(store));
  act(() => store.update({ theme: "sepia" }));
  expect(root).toHaveAttribute("data-theme", "sepia");
  expect(problem.result.current).toBe("full");
  expect(Object.fromEntries(storage.items)).toEqual({
    [STORAGE_KEY]: original,
    "other-app": "x",
  });

  isFull = false;
  act(() => store.update({ width: "wide" }));
  expect(problem.result.current).toBeNull();
  expect(JSON.parse(storage.items.get(STORAGE_KEY) ?? "")).toEqual({
    ...DEFAULT_SETTINGS,
    version: 1,
    textSize: 4,
    width: "wide",
    theme: "sepia",
  });
});

test("an unreadable value whose backup fails is not replaced", () => {
  const { store, storage } = setup(
    fakeStorage({ [STORAGE_KEY]: "{broken" }, (key) => key === BACKUP_KEY),
  );
  act(() => store.update({ theme: "dark" }));
  expect(storage.writes).toEqual([]);
  expect(storage.items.get(STORAGE_KEY)).toBe("{broken");
  expect(store.getSnapshot().theme).toBe("dark");
  expect(store.getProblem()).toBe("full");
});

test("a change saved in another tab is followed", () => {
  const { store, root, data, events } = setup();
  const { result, unmount } = renderHook(() => useSettings(store));
  data.set(STORAGE_KEY, '{"version":1,"textSize":2,"width":"narrow"}');
  act(() => {
    events.dispatchEvent(new StorageEvent("storage", { key: STORAGE_KEY }));
  });
  expect(result.current).toEqual({
    ...DEFAULT_SETTINGS,
    textSize: 2,
    width: "narrow",
  });
  expect(root).toHaveAttribute("data-width", "narrow");

  act(() => {
    events.dispatchEvent(new StorageEvent("storage", { key: "other" }));
  });
  expect(result.current.textSize).toBe(2);
  unmount();
});

/** A page's fonts, as document.fonts: the hyperlegible face loads when asked, and the test says when it arrives. */
function slowFonts() {
  let loaded = false;
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const fonts: Fonts = {
    check: () => loaded,
    load: vi.fn(async () => {
      await arrived;
      loaded = true;
      return [];
    }),
  };
  return { fonts, arrive };
}

test("the hyperlegible face is shown only once it has loaded; the choice is saved and checked at once", async () => {
  const { fonts, arrive } = slowFonts();
  const root = document.createElement("html");
  const storage = fakeStorage();
  const store = createSettingsStore({
    storage: () => storage,
    root: () => root,
    events: () => window,
    fonts: () => fonts,
  });
  const { result } = renderHook(() => useSettings(store));
  expect(root).toHaveAttribute("data-font", "serif");

  act(() => store.update({ font: "hyperlegible", theme: "sepia" }));
  expect(result.current.font).toBe("hyperlegible");
  expect(JSON.parse(storage.items.get(STORAGE_KEY) ?? "")).toMatchObject({
    font: "hyperlegible",
  });
  expect(root).toHaveAttribute("data-theme", "sepia");
  expect(root).toHaveAttribute("data-font", "serif");
  expect(fonts.load).toHaveBeenCalledWith('400 1em "Atkinson Hyperlegible"');
  expect(fonts.load).toHaveBeenCalledWith('700 1em "Atkinson Hyperlegible"');

  await act(() => {
    arrive();
    return Promise.resolve();
  });
  expect(root).toHaveAttribute("data-font", "hyperlegible");

  // Already here: a choice that needs no download shows at once, and so does this face now.
  act(() => store.update({ font: "sans" }));
  expect(root).toHaveAttribute("data-font", "sans");
  act(() => store.update({ font: "hyperlegible" }));
  expect(root).toHaveAttribute("data-font", "hyperlegible");
});

test("a face that arrives after the reader chose another is not shown", async () => {
  const { fonts, arrive } = slowFonts();
  const root = document.createElement("html");
  const store = createSettingsStore({
    storage: () => fakeStorage(),
    root: () => root,
    events: () => window,
    fonts: () => fonts,
  });
  renderHook(() => useSettings(store));
  act(() => store.update({ font: "hyperlegible" }));
  act(() => store.update({ font: "sans" }));
  expect(root).toHaveAttribute("data-font", "sans");
  await act(() => {
    arrive();
    return Promise.resolve();
  });
  expect(root).toHaveAttribute("data-font", "sans");
});
