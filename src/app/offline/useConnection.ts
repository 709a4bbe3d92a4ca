/**
 * Offline, what this device keeps (the newest stories, and what the reader
 * saved, downloaded or read) opens once the service worker controls the
 * page. The pre-render says "online".
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
