/**
 * The reader's saved stories and reading places, kept in localStorage and shared across tabs,
 * shaped as an external store for React's useSyncExternalStore. Storage that is disabled,
 * full or holds something unreadable never stops the page: the state lives on in memory,
 * `problem` says why, and nothing already stored is removed or overwritten unbacked.
 */

import { isSlug } from "../../content/slug.ts";
import {
  emptyReaderData,
  isParagraph,
  isSaved,
  migrate,
  progressFor,
  PROGRESS_LIMIT,
  serializeReaderData,
  withoutSaved,
  withProgress,
  withSaved,
  type ReaderData,
  type ReadingProgress,
  type SavedStory,
} from "./readerData.ts";
import {
  browserLocalStorage,
  createSafeStorage,
  type StorageLike,
} from "../storage/safeStorage.ts";
import type { StorageProblem } from "../storage/storageProblem.ts";
import {
  corruptBackupPrefix,
  createStoredText,
} from "../storage/storedText.ts";
import { exportSaved, importSaved } from "./savedFile.ts";

export const READER_KEY = "dateline:reader";
export const CORRUPT_BACKUP_PREFIX = corruptBackupPrefix(READER_KEY);

/** Reading places are written at most this often per story; the latest one always lands. */
export const PROGRESS_WRITE_INTERVAL_MS = 1000;

export interface ReaderSnapshot {
  readonly saved: readonly SavedStory[];
  readonly progress: ReadonlyMap<string, ReadingProgress>;
  readonly problem: StorageProblem | null;
}

/** What the server renders, and so what hydration must render first. */
export const serverSnapshot: ReaderSnapshot = Object.freeze({
  saved: emptyReaderData.saved,
  progress: emptyReaderData.progress,
  problem: null,
});

type Listener = () => void;
type EventSource = Pick<
  EventTarget,
  "addEventListener" | "removeEventListener"
>;

export interface ReaderStoreOptions {
  /** Called on each access, because merely reading `window.localStorage` can throw. */
  readonly storage?: () => StorageLike;
  readonly now?: () => Date;
  /** Runs `callback` after `delayMs`; returns a cancel function. */
  readonly schedule?: (callback: () => void, delayMs: number) => () => void;
  /** Where `storage` (other tabs) and `pagehide` events come from; null for none. */
  readonly events?: () => EventSource | null;
  readonly progressLimit?: number;
}

/** Every member is a plain function that needs no `this`, so each can be passed around alone. */
export interface ReaderStore {
  readonly subscribe: (listener: Listener) => () => void;
  readonly getSnapshot: () => ReaderSnapshot;
  readonly getServerSnapshot: () => ReaderSnapshot;
  readonly saveStory: (slug: string) => void;
  readonly unsaveStory: (slug: string) => void;
  /** Returns whether the story is saved afterwards. */
  readonly toggleSaved: (slug: string) => boolean;
  readonly recordProgress: (slug: string, paragraph: number) => void;
  /** Writes any reading place still waiting for its throttle window. */
  readonly flushProgress: () => void;
  /** Merges a saved-stories file; returns how many stories it added. Throws `SavedFileError`. */
  readonly importSavedFile: (text: string) => number;
  readonly exportSavedFile: () => string;
}

function defaultSchedule(callback: () => void, delayMs: number): () => void {
  const id = setTimeout(callback, delayMs);
  return () => clearTimeout(id);
}

function defaultEvents(): EventSource | null {
  return typeof window === "undefined" ? null : window;
}

function requireSlug(slug: string): void {
  if (!isSlug(slug))
    throw new RangeError(`Not a story slug: ${JSON.stringify(slug)}`);
}

export function createReaderStore(
  options: ReaderStoreOptions = {},
): ReaderStore {
  const now = options.now ?? (() => new Date());
  const stored = createStoredText(READER_KEY, {
    storage: createSafeStorage(options.storage ?? browserLocalStorage),
    now,
  });
  const schedule = options.schedule ?? defaultSchedule;
  const events = options.events ?? defaultEvents;
  const progressLimit = options.progressLimit ?? PROGRESS_LIMIT;

  const listeners = new Set<Listener>();
  let data: ReaderData = emptyReaderData;
  let snapshot: ReaderSnapshot = serverSnapshot;
  /** Reading places recorded but not yet written, re-applied if another tab's state replaces ours. */
  const pendingProgress = new Map<string, ReadingProgress>();
  const throttleWindows = new Map<string, () => void>();
  let source: EventSource | null = null;

  function publish(): void {
    const problem = stored.problem();
    if (
      snapshot.saved === data.saved &&
      snapshot.progress === data.progress &&
      snapshot.problem === problem
    )
      return;
    snapshot = { saved: data.saved, progress: data.progress, problem };
    for (const listener of [...listeners]) listener();
  }

  /** Replaces memory with what storage holds now. */
  function readStored(): void {
    const fresh = stored.read();
    if (!fresh) return;
    if (fresh.raw === null) {
      data = emptyReaderData;
    } else {
      try {
        data = migrate(JSON.parse(fresh.raw), now().toISOString());
      } catch {
        // Not JSON, or not a shape we know (CorruptReaderDataError says which field).
        data = emptyReaderData;
        stored.markUnreadable();
      }
    }
    for (const [slug, progress] of pendingProgress)
      data = withProgress(data, slug, progress, progressLimit);
  }

  function ensureLoaded(): void {
    if (stored.state().kind === "unread") readStored();
  }

  function store(): void {
    pendingProgress.clear();
    stored.write(serializeReaderData(data));
  }

  /**
   * Without a storage listener we may have missed another tab's change, so re-read before
   * changing anything, unless memory holds a change storage has not got.
   */
  function beforeChange(): void {
    ensureLoaded();
    if (
      source === null &&
      stored.state().kind === "stored" &&
      pendingProgress.size === 0
    )
      readStored();
  }

  function change(next: ReaderData): void {
    if (next === data) return;
    data = next;
    store();
    publish();
  }

  function onStorage(event: Event): void {
    if (!(event instanceof StorageEvent)) return;
    const { key } = event;
    // A null key means another tab cleared all storage.
    if (key !== READER_KEY && key !== null) return;
    readStored();
    publish();
  }

  function flushProgress(): void {
    for (const cancel of throttleWindows.values()) cancel();
    throttleWindows.clear();
    if (pendingProgress.size === 0) return;
    store();
    publish();
  }

  function openThrottleWindow(slug: string): void {
    throttleWindows.set(
      slug,
      schedule(() => {
        throttleWindows.delete(slug);
        if (!pendingProgress.has(slug)) return;
        store();
        publish();
        openThrottleWindow(slug);
      }, PROGRESS_WRITE_INTERVAL_MS),
    );
  }

  function listen(): void {
    source = events();
    source?.addEventListener("storage", onStorage);
    // The trailing write must not be lost when the tab goes away.
    source?.addEventListener("pagehide", flushProgress);
  }

  function unlisten(): void {
    source?.removeEventListener("storage", onStorage);
    source?.removeEventListener("pagehide", flushProgress);
    source = null;
  }

  return {
    subscribe(listener) {
      if (listeners.size === 0) listen();
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) unlisten();
      };
    },
    getSnapshot() {
      if (stored.state().kind === "unread") {
        readStored();
        snapshot = {
          saved: data.saved,
          progress: data.progress,
          problem: stored.problem(),
        };
      }
      return snapshot;
    },
    getServerSnapshot() {
      return serverSnapshot;
    },
    saveStory(slug) {
      requireSlug(slug);
      beforeChange();
      change(withSaved(data, slug, now().toISOString()));
    },
    unsaveStory(slug) {
      beforeChange();
      change(withoutSaved(data, slug));
    },
    toggleSaved(slug) {
      requireSlug(slug);
      beforeChange();
      const saving = !isSaved(data, slug);
      change(
        saving
          ? withSaved(data, slug, now().toISOString())
          : withoutSaved(data, slug),
      );
      return saving;
    },
    recordProgress(slug, paragraph) {
      requireSlug(slug);
      if (!isParagraph(paragraph))
        throw new RangeError(`Not a paragraph number: ${String(paragraph)}`);
      beforeChange();
      if (progressFor(data, slug)?.paragraph === paragraph) return;
      const progress = { paragraph, at: now().toISOString() };
      data = withProgress(data, slug, progress, progressLimit);
      pendingProgress.set(slug, progress);
      if (!throttleWindows.has(slug)) {
        store();
        openThrottleWindow(slug);
      }
      publish();
    },
    flushProgress,
    importSavedFile(text) {
      beforeChange();
      const { data: next, added } = importSaved(data, text);
      change(next);
      return added;
    },
    exportSavedFile() {
      ensureLoaded();
      return exportSaved(data, now());
    },
  };
}

let defaultStore: ReaderStore | undefined;

/**
 * The app's one store, made on first use so that importing this module
 * touches no `window`. Saved stories are kept for offline from then on.
 */
export function readerStore(): ReaderStore {
  if (!defaultStore) {
    const store = createReaderStore();
    defaultStore = store;
    // Its own chunk: every page's first scripts name this module's chunks.
    void import("./offlineCopies.ts").then(
      ({ keepSavedOffline }) => keepSavedOffline(store),
      () => undefined,
    );
  }
  return defaultStore;
}
