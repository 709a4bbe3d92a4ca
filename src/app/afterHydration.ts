/**
 * What starts once the page is interactive: the service worker, fetching
 * stories ahead on a reader's intent, and the reading tools. One chunk of its
 * own, so a page's first download carries a single import for all of it.
 */
import type { DataRouter } from "react-router";
import { registerServiceWorker } from "./offline/registerServiceWorker.ts";
import { prefetchWhenIdle } from "./prefetch/prefetchOnIntent.ts";
import { startReadingTools } from "./readingTools/startReadingTools.ts";

/** @example void import("./afterHydration.ts").then((m) => m.afterHydration(router, content)) */
export function afterHydration(
  router: DataRouter,
  content: Parameters<typeof prefetchWhenIdle>[1],
): void {
  void registerServiceWorker();
  prefetchWhenIdle(router, content);
  startReadingTools(router);
}
