/**
 * Hydration must match the pre-rendered HTML, so what differs in the reader's
 * browser (the clock, a query string) renders the build's value first and the
 * browser's straight after. useSyncExternalStore's server snapshot does that.
 */
import { useSyncExternalStore } from "react";
import { buildDate } from "./site.ts";

const nothingToWatch = () => () => {};

/** False while hydrating (and on the server). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    nothingToWatch,
    () => true,
    () => false,
  );
}

/** yyyy-mm-dd (UTC). A string, so React sees an unchanged snapshot as unchanged. */
export function useToday(): string {
  return useSyncExternalStore(
    nothingToWatch,
    () => new Date().toISOString().slice(0, 10),
    () => buildDate,
  );
}
