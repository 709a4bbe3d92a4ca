/**
 * What the first render in the browser must agree on with the pre-rendered
 * HTML. React hydrates by matching the HTML node for node, so anything that
 * differs between the build machine and the reader's browser (the clock, a
 * query string the static file could not know) renders the build's value
 * first and the browser's value straight after. useSyncExternalStore is the
 * hook React made for exactly this: its server snapshot is used while
 * hydrating, and a client navigation uses the live one at once.
 */
import { useSyncExternalStore } from "react";
import { buildDate } from "./site.ts";

const nothingToWatch = () => () => {};

/** False while the pre-rendered HTML is being hydrated (and on the server); true after. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    nothingToWatch,
    () => true,
    () => false,
  );
}

/**
 * Today as yyyy-mm-dd (UTC): the build day in pre-rendered HTML, the reader's
 * day once the page is live. A string, so React sees an unchanged snapshot as unchanged.
 */
export function useToday(): string {
  return useSyncExternalStore(
    nothingToWatch,
    () => new Date().toISOString().slice(0, 10),
    () => buildDate,
  );
}
