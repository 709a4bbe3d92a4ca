// Hydration renders the defaults to match the pre-rendered HTML; the head script
// already styled the page, and its attributes say what the reader chose until
// the store has loaded.
import { useSyncExternalStore } from "react";
import { createDeferredStore } from "../storage/deferredStore.ts";
import type { StorageProblem } from "../storage/storageProblem.ts";
import { showSettings } from "./fontFaces.ts";
import {
  DEFAULT_SETTINGS,
  mergeSettings,
  settingsOf,
  type Settings,
} from "./settings.ts";
import type { SettingsStore } from "./settingsStore.ts";

export type SettingsView = Pick<
  SettingsStore,
  "subscribe" | "getSnapshot" | "getProblem"
>;

const serverSettings = () => DEFAULT_SETTINGS;
const noProblem = () => null;

// Made at import, but loads nothing until React first subscribes.
const pageSettings = createDeferredStore(async () =>
  (await import("./settingsStore.ts")).settingsStore(),
);

let early: Settings | undefined;
const earlyListeners = new Set<() => void>();
const earlySnapshot = () => (early ??= settingsOf(document.documentElement));

const pageView: SettingsView = {
  subscribe(listener) {
    earlyListeners.add(listener);
    const stop = pageSettings.subscribe(listener);
    return () => {
      earlyListeners.delete(listener);
      stop();
    };
  },
  getSnapshot: () => pageSettings.loaded()?.getSnapshot() ?? earlySnapshot(),
  getProblem: () => pageSettings.loaded()?.getProblem() ?? null,
};

export function useSettings(store: SettingsView = pageView): Settings {
  return useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    serverSettings,
  );
}

export function useSettingsProblem(
  store: SettingsView = pageView,
): StorageProblem | null {
  return useSyncExternalStore(store.subscribe, store.getProblem, noProblem);
}

export function updateSettings(change: Partial<Settings>): void {
  const store = pageSettings.loaded();
  if (store) return store.update(change);
  // A choice made before the store arrives shows at once, and is saved when it does.
  const next = mergeSettings(earlySnapshot(), change);
  early = next;
  showSettings(
    document.documentElement,
    next,
    document.fonts,
    () => early === next,
  );
  for (const listener of earlyListeners) listener();
  void pageSettings.ready().then((loaded) => loaded.update(change));
}
