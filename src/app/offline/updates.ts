/**
 * Whether a new version of the site is ready, and how to switch to it: a
 * tiny store between the service worker registration (which learns of the
 * new version) and the update prompt (which asks the reader). Nothing here
 * reloads the page: only the reader's click does, through acceptUpdate().
 */

type Listener = () => void;

let apply: (() => void) | undefined;
const listeners = new Set<Listener>();

/** Called once a new version is installed and waiting; `applyUpdate` switches to it. */
export function offerUpdate(applyUpdate: () => void): void {
  apply = applyUpdate;
  for (const listener of listeners) listener();
}

/** True once a new version is waiting. */
export function updateOffered(): boolean {
  return apply !== undefined;
}

/** The reader said yes: switch to the new version (which then reloads the page). */
export function acceptUpdate(): void {
  apply?.();
}

/** For useSyncExternalStore: returns the unsubscribe function. */
export function subscribeToUpdates(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
