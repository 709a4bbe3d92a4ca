import {
  browserLocalStorage,
  createSafeStorage,
  type StorageLike,
} from "../storage/safeStorage.ts";
import type { StorageProblem } from "../storage/storageProblem.ts";
import { createStoredText } from "../storage/storedText.ts";
import { showSettings, type Fonts } from "./fontFaces.ts";
import {
  applySettings,
  DEFAULT_SETTINGS,
  isUnreadableSettings,
  mergeSettings,
  parseSettings,
  serializeSettings,
  STORAGE_KEY,
  type Settings,
} from "./settings.ts";

export type SettingsStore = {
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => Settings;
  getProblem: () => StorageProblem | null;
  update: (change: Partial<Settings>) => void;
};

type Environment = {
  // A getter: merely reading window.localStorage can throw.
  storage: () => StorageLike;
  root: () => Pick<Element, "setAttribute" | "getAttribute">;
  events: () => Pick<Window, "addEventListener" | "removeEventListener">;
  /** The page's fonts, to load a chosen face before showing it; none in tests without one. */
  fonts?: () => Fonts | undefined;
  now?: () => Date;
};

export function createSettingsStore(env: Environment): SettingsStore {
  const stored = createStoredText(STORAGE_KEY, {
    storage: createSafeStorage(env.storage),
    now: env.now ?? (() => new Date()),
  });
  let current: Settings | undefined;
  const listeners = new Set<() => void>();

  const read = (): Settings | undefined => {
    const fresh = stored.read();
    if (!fresh) return undefined;
    if (fresh.raw !== null && isUnreadableSettings(fresh.raw))
      stored.markUnreadable();
    return parseSettings(fresh.raw);
  };
  const getSnapshot = () => (current ??= read() ?? DEFAULT_SETTINGS);
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const show = (settings: Settings) => {
    current = settings;
    showSettings(
      env.root(),
      settings,
      env.fonts?.(),
      () => current === settings,
    );
    notify();
  };
  // Another tab saved, or (key null) cleared storage.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    const next = read();
    if (next) show(next);
    else notify();
  };

  return {
    getSnapshot,
    getProblem() {
      getSnapshot();
      return stored.problem();
    },
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
      stored.write(serializeSettings(next));
      show(next);
    },
  };
}

let pageStore: SettingsStore | undefined;

/** Made on first use, so importing this module touches no `window`. */
export function settingsStore(): SettingsStore {
  return (pageStore ??= createSettingsStore({
    storage: browserLocalStorage,
    root: () => document.documentElement,
    events: () => window,
    fonts: () => document.fonts,
  }));
}
