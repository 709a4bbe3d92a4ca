/**
 * The reader's settings in React. The server and the first hydrated render
 * see the defaults, so hydration matches the pre-rendered HTML; the stored
 * settings render once the store has loaded. The page itself already shows
 * them: the head script set <html>'s attributes before first paint.
 */
import { useSyncExternalStore } from "react";
import { createDeferredStore } from "../storage/deferredStore.ts";
import type { StorageProblem } from "../storage/storageProblem.ts";
import { DEFAULT_SETTINGS, type Settings } from "./settings.ts";
import type { SettingsStore } from "./settingsStore.ts";

/** What the hooks read: the settings, why they might not be kept, and their changes. */
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

/** Why a setting might not be kept (storage off, full or unreadable); null on the server. */
export function useSettingsProblem(
  store: SettingsView = pageView,
): StorageProblem | null {
  return useSyncExternalStore(store.subscribe, store.getProblem, noProblem);
}

/** Change some settings: saved (when storage allows), shown at once, and seen by other tabs. */
export function updateSettings(change: Partial<Settings>): void {
  void pageSettings.ready().then((store) => store.update(change));
}
