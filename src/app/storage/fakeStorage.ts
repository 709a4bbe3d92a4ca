// Test stand-ins for localStorage, each broken the way a real browser can be.

import type { StorageLike } from "./safeStorage.ts";

export interface FakeStorage extends StorageLike {
  readonly items: Map<string, string>;
  readonly writes: [key: string, value: string][];
}

/** `refuse` decides which writes throw QuotaExceededError. */
export function fakeStorage(
  initial: Record<string, string> = {},
  refuse: (key: string, value: string) => boolean = () => false,
): FakeStorage {
  const items = new Map(Object.entries(initial));
  const writes: [string, string][] = [];
  return {
    items,
    writes,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (refuse(key, value))
        throw new DOMException(
          "The quota has been exceeded.",
          "QuotaExceededError",
        );
      items.set(key, value);
      writes.push([key, value]);
    },
  };
}

/** What a browser with storage turned off gives: the `localStorage` getter itself throws. */
export function disabledStorage(): StorageLike {
  throw new DOMException("The operation is insecure.", "SecurityError");
}
