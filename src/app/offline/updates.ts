/**
 * Between the service worker registration and the update prompt. Nothing
 * here reloads the page: only the reader's click does, through acceptUpdate().
 */

type Listener = () => void;

let apply: (() => void) | undefined;
const listeners = new Set<Listener>();

/** Called once a new version is waiting; `applyUpdate` switches to it. */
export function offerUpdate(applyUpdate: () => void): void {
  apply = applyUpdate;
  for (const listener of listeners) listener();
}

export function updateOffered(): boolean {
  return apply !== undefined;
}

export function acceptUpdate(): void {
  apply?.();
}

export function subscribeToUpdates(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
