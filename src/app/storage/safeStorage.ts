// Disabled storage throws on the property itself, full storage on setItem: both become values here.

export type StorageLike = Pick<Storage, "getItem" | "setItem">;

export type ReadOutcome =
  { readonly ok: true; readonly value: string | null } | { readonly ok: false };

export type WriteOutcome = "ok" | "full" | "unavailable";

export interface SafeStorage {
  read(key: string): ReadOutcome;
  write(key: string, value: string): WriteOutcome;
}

/** Read at call time, never at import: the server has no `window`, and the getter can throw. */
export function browserLocalStorage(): StorageLike {
  return window.localStorage;
}

export function isQuotaExceeded(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return (
    error.name === "QuotaExceededError" ||
    // Older Firefox.
    error.name === "NS_ERROR_DOM_QUOTA_REACHED" ||
    error.code === 22 ||
    error.code === 1014
  );
}

export function createSafeStorage(getStorage: () => StorageLike): SafeStorage {
  return {
    read(key) {
      try {
        return { ok: true, value: getStorage().getItem(key) };
      } catch {
        return { ok: false };
      }
    },
    write(key, value) {
      try {
        getStorage().setItem(key, value);
        return "ok";
      } catch (error) {
        return isQuotaExceeded(error) ? "full" : "unavailable";
      }
    },
  };
}
