// Hydration renders the defaults to match the pre-rendered HTML; the head script already styled the page.
import { useSyncExternalStore } from "react";
import { createDeferredStore } from "../storage/deferredStore.ts";
import type { StorageProblem } from "../storage/storageProblem.ts";
import { DEFAULT_SETTINGS, type Settings } from "./settings.ts";
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

const pageView: SettingsView = {
  subscribe: pageSettings.subscribe,
  getSnapshot: () => pageSettings.loaded()?.getSnapshot() ?? DEFAULT_SETTINGS,
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
  void pageSettings.ready().then((store) => store.update(change));
}
