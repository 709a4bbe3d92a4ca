/**
 * Whether the reader is online, and if not, whether this site can still
 * open its pages: it can once its service worker controls the page, which
 * holds every page of the edition. The pre-rendered HTML and the hydrating
 * render say "online"; the browser's real state follows at once.
 */
import { useSyncExternalStore } from "react";

export type Connection = "online" | "offline" | "offline-readable";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  navigator.serviceWorker?.addEventListener("controllerchange", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
    navigator.serviceWorker?.removeEventListener("controllerchange", onChange);
  };
}

function current(): Connection {
  if (navigator.onLine) return "online";
  return navigator.serviceWorker?.controller ? "offline-readable" : "offline";
}

export function useConnection(): Connection {
  return useSyncExternalStore(subscribe, current, () => "online");
}
