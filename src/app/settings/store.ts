/**
 * The reader's settings in React: one store per page that reads and writes
 * localStorage, keeps <html>'s attributes in step, and follows changes made
 * in other tabs. Storage can be missing, full or forbidden (private modes,
 * blocked cookies); then settings still change for this visit, in memory.
 */
import { useSyncExternalStore } from "react";
import {
  applySettings,
  DEFAULT_SETTINGS,
  mergeSettings,
  parseSettings,
  serializeSettings,
  STORAGE_KEY,
  type Settings,
} from "./settings.ts";

export type SettingsStore = {
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => Settings;
  update: (change: Partial<Settings>) => void;
};

type Environment = {
  // Getters: merely reading window.localStorage can throw, and the
  // pre-render has no window at all.
  storage: () => Pick<Storage, "getItem" | "setItem">;
  root: () => Pick<Element, "setAttribute">;
  events: () => Pick<Window, "addEventListener" | "removeEventListener">;
};

export function createSettingsStore(env: Environment): SettingsStore {
  // Read on first use, not at import: the pre-render imports this module too.
  let current: Settings | undefined;
  const listeners = new Set<() => void>();

  const read = (): Settings | undefined => {
    try {
      return parseSettings(env.storage().getItem(STORAGE_KEY));
    } catch {
      return undefined;
    }
  };
  const getSnapshot = () => (current ??= read() ?? DEFAULT_SETTINGS);
  const show = (settings: Settings) => {
    current = settings;
    applySettings(env.root(), settings);
    for (const listener of listeners) listener();
  };
  // Another tab saved (or storage was cleared): show what it saved.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    const stored = read();
    if (stored) show(stored);
  };

  return {
    getSnapshot,
    subscribe(onChange) {
      if (listeners.size === 0) {
        env.events().addEventListener("storage", onStorage);
        // The head script has usually done this already; the dev server has no head script.
        applySettings(env.root(), getSnapshot());
      }
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0)
          env.events().removeEventListener("storage", onStorage);
      };
    },
    update(change) {
      const next = mergeSettings(getSnapshot(), change);
      try {
        env.storage().setItem(STORAGE_KEY, serializeSettings(next));
      } catch {
        // Not saved, but still shown for this visit.
      }
      show(next);
    },
  };
}

let pageStore: SettingsStore | undefined;

function browserStore(): SettingsStore {
  return (pageStore ??= createSettingsStore({
    storage: () => window.localStorage,
    root: () => document.documentElement,
    events: () => window,
  }));
}

const serverSnapshot = () => DEFAULT_SETTINGS;

/**
 * The reader's settings. The server snapshot is the defaults, so hydration
 * matches the pre-rendered HTML; React then re-renders with the stored ones.
 * The page itself already shows them: the head script set <html>'s attributes.
 */
export function useSettings(store: SettingsStore = browserStore()): Settings {
  return useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    serverSnapshot,
  );
}

/** Change some settings: saved (when storage allows), shown at once, and seen by other tabs. */
export function updateSettings(change: Partial<Settings>): void {
  browserStore().update(change);
}
