/**
 * The reader store as a page first gets it: empty, as on the server, until
 * the real store (storage, validation, import and export; a few KB) has
 * loaded. Loading starts when React first subscribes, which is after
 * hydration, so neither the first paint nor hydration waits for it; what a
 * reader saved shows a moment later, as it always did after hydration.
 */
import type { ReaderSnapshot, ReaderStore } from "./readerStore.ts";

/** What the hooks read: a store's state and its changes. */
export type ReaderView = Pick<
  ReaderStore,
  "subscribe" | "getSnapshot" | "getServerSnapshot"
>;

export type DeferredReader = ReaderView & {
  /** The real store, loading it if need be: for actions. */
  ready(): Promise<ReaderStore>;
  /** Whether the real store is here, so the state shown is the reader's own. */
  isReady(): boolean;
};

// The same empty state the real store's server snapshot holds, without loading it to ask.
const empty: ReaderSnapshot = Object.freeze({
  saved: Object.freeze([]),
  progress: Object.freeze({}),
  problem: null,
});

export function createDeferredReader(
  load: () => Promise<ReaderStore>,
): DeferredReader {
  let store: ReaderStore | undefined;
  let loading: Promise<ReaderStore> | undefined;
  /** Each listener, and how to unsubscribe it from the real store once it is there. */
  const listeners = new Map<() => void, (() => void) | undefined>();
  const ready = () => {
    loading ??= load().then((loaded) => {
      store = loaded;
      for (const listener of listeners.keys())
        listeners.set(listener, loaded.subscribe(listener));
      for (const listener of listeners.keys()) listener();
      return loaded;
    });
    // Forgotten on failure, so the next action tries again.
    loading.catch(() => (loading = undefined));
    return loading;
  };
  return {
    ready,
    isReady: () => store !== undefined,
    subscribe(listener) {
      listeners.set(listener, store?.subscribe(listener));
      if (!store) ready().catch(() => undefined);
      return () => {
        listeners.get(listener)?.();
        listeners.delete(listener);
      };
    },
    getSnapshot: () => store?.getSnapshot() ?? empty,
    getServerSnapshot: () => empty,
  };
}

let shared: DeferredReader | undefined;

/** This page's reader store, loaded on first use. */
export function reader(): DeferredReader {
  shared ??= createDeferredReader(async () =>
    (await import("./readerStore.ts")).readerStore(),
  );
  return shared;
}
