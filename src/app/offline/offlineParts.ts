/**
 * What only a reader without a network needs (the lists' "Available
 * offline" marks, the page that says a story is not kept) loads when the
 * reader goes offline, from the service worker's cache, so no page's first
 * scripts carry it. Loaded before it is needed, the page shows at once when
 * a link fails, and focus can go to its heading as on any page.
 */
import { useEffect, useSyncExternalStore } from "react";
import type { OfflineUnavailablePage } from "../pages/OfflineUnavailablePage.tsx";
import type { OpensOffline } from "./OpensOffline.tsx";
import { useConnection } from "./useConnection.ts";

type OfflineParts = {
  OfflineUnavailablePage: typeof OfflineUnavailablePage;
  OpensOffline: typeof OpensOffline;
};

let parts: OfflineParts | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function load(): void {
  loading ??= Promise.all([
    import("../pages/OfflineUnavailablePage.tsx"),
    import("./OpensOffline.tsx"),
  ]).then(
    ([page, mark]) => {
      parts = { ...page, ...mark };
      for (const listener of listeners) listener();
    },
    // Tried again the next time the page goes offline.
    () => (loading = undefined),
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Offline, the offline parts once they are here (this loads them); online, none. */
export function useOfflineParts(): OfflineParts | undefined {
  const offline = useConnection() !== "online";
  const loaded = useSyncExternalStore(
    subscribe,
    () => parts,
    () => undefined,
  );
  useEffect(() => {
    if (offline) load();
  }, [offline]);
  return offline ? loaded : undefined;
}
