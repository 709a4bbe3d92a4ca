/**
 * React's view of the reader store. The server and the first hydrated render see the empty
 * state, so pre-rendered HTML and hydration agree; the stored state renders right after.
 */

import { useState, useSyncExternalStore } from "react";
import { useHydrated } from "../hydration.ts";
import type { ReadingProgress } from "./readerData.ts";
import {
  readerStore,
  type ReaderSnapshot,
  type ReaderStore,
} from "./readerStore.ts";

export interface ReaderActions {
  readonly saveStory: ReaderStore["saveStory"];
  readonly unsaveStory: ReaderStore["unsaveStory"];
  readonly toggleSaved: ReaderStore["toggleSaved"];
  readonly recordProgress: ReaderStore["recordProgress"];
  readonly importSavedFile: ReaderStore["importSavedFile"];
  readonly exportSavedFile: ReaderStore["exportSavedFile"];
}

/** Everything at once: the saved list, reading places, any storage problem, and the actions. */
export function useReader(
  store: ReaderStore = readerStore(),
): ReaderSnapshot & ReaderActions {
  const snapshot = useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    store.getServerSnapshot,
  );
  return {
    ...snapshot,
    saveStory: store.saveStory,
    unsaveStory: store.unsaveStory,
    toggleSaved: store.toggleSaved,
    recordProgress: store.recordProgress,
    importSavedFile: store.importSavedFile,
    exportSavedFile: store.exportSavedFile,
  };
}

/** For a save button: re-renders only when this story's saved state flips. */
export function useIsSaved(
  slug: string,
  store: ReaderStore = readerStore(),
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
  store: ReaderStore = readerStore(),
): ReadingProgress | undefined {
  return useSyncExternalStore(
    store.subscribe,
    () => {
      const { progress } = store.getSnapshot();
      return Object.hasOwn(progress, slug) ? progress[slug] : undefined;
    },
    () => undefined,
  );
}

/**
 * Where the reader was in a story when they arrived: fixed for the visit, so
 * the offer to continue does not follow them down the page as they read on.
 */
export function useProgressOnArrival(
  slug: string,
  store: ReaderStore = readerStore(),
): ReadingProgress | undefined {
  const place = useProgress(slug, store);
  const hydrated = useHydrated();
  const [arrival, setArrival] = useState<{
    slug: string;
    place: ReadingProgress | undefined;
  }>();
  // Set while rendering, React's way to derive state from a change of story.
  if (hydrated && arrival?.slug !== slug) setArrival({ slug, place });
  return arrival?.slug === slug ? arrival.place : undefined;
}
