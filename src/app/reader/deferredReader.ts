/**
 * The reader store as a page first gets it: empty, as on the server, until
 * the real store has loaded (see createDeferredStore); what a reader saved
 * shows a moment later, as it always did after hydration.
 */
import { createDeferredStore } from "../storage/deferredStore.ts";
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
  progress: new Map(),
  problem: null,
});

export function createDeferredReader(
  load: () => Promise<ReaderStore>,
): DeferredReader {
  const deferred = createDeferredStore(load);
  return {
    ready: deferred.ready,
    isReady: () => deferred.loaded() !== undefined,
    subscribe: deferred.subscribe,
    getSnapshot: () => deferred.loaded()?.getSnapshot() ?? empty,
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
