/**
 * Offline, every page still opens once the service worker (which holds the
 * whole edition) controls the page. The pre-render says "online".
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
