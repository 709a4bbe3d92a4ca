/**
 * What starts once the page is interactive: the service worker, and fetching
 * stories ahead on a reader's intent. One chunk of its own, so a page's first
 * download carries a single import for all of it.
 */
import { registerServiceWorker } from "./offline/registerServiceWorker.ts";
import { prefetchWhenIdle } from "./prefetch/prefetchOnIntent.ts";

/** @example void import("./afterHydration.ts").then((m) => m.afterHydration(router, content)) */
export function afterHydration(
  ...[router, content]: Parameters<typeof prefetchWhenIdle>
): void {
  void registerServiceWorker();
  prefetchWhenIdle(router, content);
}
