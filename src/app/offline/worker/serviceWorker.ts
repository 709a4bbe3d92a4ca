/**
 * The service worker, built into sw.js by src/tools/build/offline/serviceWorker.ts,
 * which fills in the precache list. Offline comes in tiers:
 * - precache: the app shell, the front page, the story index and the newest
 *   stories, up to the build's byte cap — what a first visit downloads;
 * - runtime caches: what the reader opens, bounded by count and age;
 * - saved stories and "Download all": filled by the page itself (caches.ts),
 *   never expired here.
 * When the network fails, any of them may answer.
 */
import {
  clientsClaim,
  setCacheNameDetails,
  type WorkboxPlugin,
} from "workbox-core";
import { CacheableResponsePlugin } from "workbox-cacheable-response";
import { ExpirationPlugin } from "workbox-expiration";
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { CacheFirst, NetworkFirst, type Strategy } from "workbox-strategies";
import { OFFLINE_CACHES } from "../caches.ts";
import { prefersSavingData, requestKind } from "./requestKinds.ts";

declare const self: ServiceWorkerGlobalScope & {
  navigator: WorkerNavigator & { connection?: { saveData?: boolean } };
};
/** Written in by the build: which files, and a hash of each that is not in its name. */
declare const __PRECACHE_MANIFEST__: PrecacheEntry[];

const DAY_SECONDS = 24 * 60 * 60;
/** Past this, a slow network loses to a copy already on the device. */
const NETWORK_TIMEOUT_SECONDS = 4;
/** The page tells the waiting worker to take over (workbox-window's messageSkipWaiting). */
const SKIP_WAITING = "SKIP_WAITING";
const NOT_FOUND_PAGE = "404.html";

self.addEventListener("message", (event) => {
  if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING)
    void self.skipWaiting();
});

// "dateline-precache-v2-<scope>", as the generated worker before this one named it,
// so an update replaces that cache rather than leaving it behind.
setCacheNameDetails({ prefix: "dateline" });
// A first visit becomes readable offline as soon as the worker is ready, without a reload.
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(__PRECACHE_MANIFEST__, {
  directoryIndex: "index.html",
  // /search/?q=… is one page whatever the query; no file differs by its query string.
  ignoreURLParametersMatching: [/./],
});

/**
 * The network failed and the strategy's own cache had nothing: a saved or
 * downloaded copy may still be here. A page in no cache gets 404.html, whose
 * app says offline that this page is not kept, and links to what is.
 */
const anyCopy: WorkboxPlugin = {
  handlerDidError: async ({ request }) =>
    (await caches.match(request, { ignoreVary: true })) ??
    (request.mode === "navigate"
      ? await matchPrecache(NOT_FOUND_PAGE)
      : undefined),
};

function kept(maxEntries: number, maxAgeDays: number): WorkboxPlugin[] {
  return [
    new CacheableResponsePlugin({ statuses: [200] }),
    new ExpirationPlugin({
      maxEntries,
      maxAgeSeconds: maxAgeDays * DAY_SECONDS,
      // A full device drops these first: the reader's saved stories live elsewhere.
      purgeOnQuotaError: true,
    }),
    anyCopy,
  ];
}

/** Network first, or, for a reader saving data, what is already here first. */
function freshOrSaving(cacheName: string, plugins: WorkboxPlugin[]) {
  const fresh = new NetworkFirst({
    cacheName,
    plugins,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  });
  const saving = new CacheFirst({ cacheName, plugins });
  return ({ request, event }: { request: Request; event: ExtendableEvent }) =>
    pick(request, fresh, saving).handle({ request, event });
}

function pick(request: Request, fresh: Strategy, saving: Strategy): Strategy {
  return prefersSavingData(request, self.navigator.connection) ? saving : fresh;
}

const scope = self.registration.scope;
const kindOf = (url: URL, request: Request) =>
  requestKind(url, scope, request.mode);

registerRoute(
  ({ url, request }) => kindOf(url, request) === "page",
  freshOrSaving(OFFLINE_CACHES.pages, kept(200, 30)),
);
registerRoute(
  ({ url, request }) => kindOf(url, request) === "data",
  freshOrSaving(OFFLINE_CACHES.data, kept(400, 30)),
);
const searchFiles = kept(600, 30);
registerRoute(
  ({ url, request }) => kindOf(url, request) === "search-immutable",
  new CacheFirst({ cacheName: OFFLINE_CACHES.search, plugins: searchFiles }),
);
registerRoute(
  ({ url, request }) => kindOf(url, request) === "search",
  freshOrSaving(OFFLINE_CACHES.search, searchFiles),
);
// Only a reader who chose the hyperlegible face fetches it (the first visit's
// precache leaves it out); kept once fetched, so it still draws offline.
registerRoute(
  ({ url, request }) => kindOf(url, request) === "font",
  new CacheFirst({ cacheName: OFFLINE_CACHES.fonts, plugins: kept(8, 365) }),
);
