// Must run last: it lists every file with a hash, and a file written after it would be missing.
// Offline, an unknown address gets 404.html, whose router shows not-found or redirects a known story.
import { join } from "node:path";
import { generateSW } from "workbox-build";
import { UserError } from "../../../content/userError.ts";

export class ServiceWorkerError extends UserError {
  override name = "ServiceWorkerError";
}

/** Its scope is the folder it sits in. */
export const SERVICE_WORKER_FILE = "sw.js";

// Not the feed, sitemap or robots.txt (fetched outside the page) nor screenshots (install dialog only).
const PRECACHED = ["**/*.{html,js,css,json,svg,png,webmanifest}"];
const NOT_PRECACHED = ["screenshot-*.png", SERVICE_WORKER_FILE];

export type Precache = {
  count: number;
  /** Bytes, uncompressed. */
  size: number;
};

export async function generateServiceWorker(outDir: string): Promise<Precache> {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: PRECACHED,
    globIgnores: NOT_PRECACHED,
    swDest: join(outDir, SERVICE_WORKER_FILE),
    cacheId: "dateline",
    // Relative URLs resolve against the worker's address, so the base path comes for free.
    directoryIndex: "index.html",
    // /search/?q=… is one page whatever the query; no file differs by its query string.
    ignoreURLParametersMatching: [/./],
    // Vite's file names carry a hash of their content already.
    dontCacheBustURLsMatching: /^assets\//,
    // A first visit becomes readable offline as soon as the worker is ready, without a reload.
    clientsClaim: true,
    // A new version waits for the reader's "Reload" (SKIP_WAITING), never for nothing.
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === "navigate",
        handler: "NetworkFirst",
        options: {
          cacheName: "dateline-pages",
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 100 },
          precacheFallback: { fallbackURL: "404.html" },
        },
      },
      {
        // Data files of stories the installed edition does not have.
        urlPattern: ({ request, url }) =>
          request.destination === "" && url.pathname.endsWith(".json"),
        handler: "NetworkFirst",
        options: {
          cacheName: "dateline-data",
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 200 },
        },
      },
    ],
    // Workbox's default (2 MB) would drop the search index of a large edition
    // (3.6 MB at 1,000 stories), and with it offline search.
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    // One file, no importScripts: nothing else to fetch, and nothing for a host to cache wrongly.
    inlineWorkboxRuntime: true,
    mode: "production",
    sourcemap: false,
    // The browsers Vite builds the app for (build.target es2022), not the default Chrome 56.
    babelPresetEnvTargets: [
      "chrome >= 111",
      "edge >= 111",
      "firefox >= 114",
      "safari >= 16.4",
    ],
  });
  // Workbox warns, and leaves the file out, when a file is too big to precache: a page that would not open offline.
  if (warnings.length > 0)
    throw new ServiceWorkerError(
      `the service worker would not keep every file: ${warnings.join("; ")}`,
    );
  return { count, size };
}
