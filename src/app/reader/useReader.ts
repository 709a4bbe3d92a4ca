/**
 * React's view of the reader store. The server and the first hydrated render see the empty
 * state, so pre-rendered HTML and hydration agree; the stored state renders right after.
 */

import { useState, useSyncExternalStore } from "react";
import { useHydrated } from "../hydration.ts";
import {
  reader,
  type DeferredReader,
  type ReaderView,
} from "./deferredReader.ts";
import type { ReadingProgress } from "./readerData.ts";
import type { ReaderSnapshot } from "./readerStore.ts";

/**
 * Everything at once: the saved list, reading places and any storage problem.
 * Actions go through `reader().ready()`, as the store may still be loading.
 */
export function useReader(store: ReaderView = reader()): ReaderSnapshot {
  return useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    store.getServerSnapshot,
  );
}

/** For a save button: re-renders only when this story's saved state flips. */
export function useIsSaved(
  slug: string,
  store: ReaderView = reader(),
): boolean {
  return useSyncExternalStore(
    store.subscribe,
    () => store.getSnapshot().saved.some((entry) => entry.slug === slug),
    () => false,
  );
}

/** Where the reader left this story, if anywhere; undefined on the server. */
export function useProgress(
  slug: string,
  store: ReaderView = reader(),
): ReadingProgress | undefined {
  return useSyncExternalStore(
    store.subscribe,
    () => store.getSnapshot().progress.get(slug),
    () => undefined,
  );
}

/**
 * Where the reader was in a story when they arrived: fixed for the visit, so
 * the offer to continue does not follow them down the page as they read on.
 */
export function useProgressOnArrival(
  slug: string,
  store: ReaderView & Partial<Pick<DeferredReader, "isReady">> = reader(),
): ReadingProgress | undefined {
  const place = useProgress(slug, store);
  // Taken once the reader's own state is here, not from the empty stand-in before it.
  const ready = useSyncExternalStore(
    store.subscribe,
    () => store.isReady?.() ?? true,
    () => false,
  );
  const hydrated = useHydrated() && ready;
  const [arrival, setArrival] = useState<{
    slug: string;
    place: ReadingProgress | undefined;
  }>();
  // Set while rendering, React's way to derive state from a change of story.
  if (hydrated && arrival?.slug !== slug) setArrival({ slug, place });
  return arrival?.slug === slug ? arrival.place : undefined;
}
