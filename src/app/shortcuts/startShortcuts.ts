import type { DataRouter } from "react-router";

/** Single-key shortcuts for the whole app. */
export function startShortcuts(router: DataRouter): void {
  void router;
}
