/**
 * A new version waits: it takes over only when the reader clicks "Reload".
 * Any other tab keeps its prompt and reloads when its reader says so.
 */
import { basePath } from "../site.ts";
import { offerUpdate } from "./updates.ts";

/** At most this often, a page coming back into view asks for a new version. */
const CHECK_INTERVAL_MS = 60 * 60 * 1000;

export async function registerServiceWorker(): Promise<void> {
  // The dev server has no sw.js; a browser without service workers simply reads online.
  if (import.meta.hot || !("serviceWorker" in navigator)) return;
  await pageLoaded();
  const { Workbox } = await import("workbox-window");
  const workbox = new Workbox(`${basePath}sw.js`, { scope: basePath });

  let readerAsked = false;
  workbox.addEventListener("waiting", () => {
    offerUpdate(() => {
      readerAsked = true;
      void navigator.serviceWorker
        .getRegistration(basePath)
        .then((registration) => {
          if (registration?.waiting) workbox.messageSkipWaiting();
          // A reader in another tab switched already: this page only needs reloading.
          else window.location.reload();
        });
    });
  });
  // The first install also takes control (clientsClaim), and another tab's
  // reader may switch versions: neither reloads this page.
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (readerAsked) window.location.reload();
  });

  try {
    await workbox.register({ immediate: true });
  } catch {
    // No worker (a host that blocks it, a private window): the site works online as before.
    return;
  }

  // A reader may keep the app open for days.
  let lastCheck = Date.now();
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState !== "visible") return;
    if (Date.now() - lastCheck < CHECK_INTERVAL_MS) return;
    lastCheck = Date.now();
    // Offline, the check fails; the next visit tries again.
    workbox.update().catch(() => {});
  });
}

/** The page's own work first: the worker then downloads the whole edition. */
function pageLoaded(): Promise<void> {
  if (document.readyState === "complete") return Promise.resolve();
  return new Promise((resolve) => {
    window.addEventListener("load", () => resolve(), { once: true });
  });
}
