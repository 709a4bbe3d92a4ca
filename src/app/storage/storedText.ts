// Nothing stored is overwritten before an unreadable value has been copied aside.
import type { SafeStorage, WriteOutcome } from "./safeStorage.ts";
import type { StorageProblem } from "./storageProblem.ts";

/** "unbacked": must be copied aside before anything replaces it. "seen": the notice stays until reload. */
type Corrupt =
  | { readonly raw: string; readonly corrupt: "unbacked" }
  | { readonly raw: string | null; readonly corrupt: "none" | "seen" };

export type StoredState =
  | { readonly kind: "unread" }
  | ({ readonly kind: "stored" } & Corrupt)
  /** Storage still holds `raw`; memory holds the refused change. */
  | ({ readonly kind: "full" } & Corrupt)
  /** Memory only, for the rest of the page's life. */
  | { readonly kind: "unavailable" };

export type StoredText = {
  readonly state: () => StoredState;
  /** Undefined when memory should stay as it is (unchanged, or unavailable). */
  readonly read: () => { readonly raw: string | null } | undefined;
  readonly markUnreadable: () => void;
  readonly write: (text: string) => void;
  readonly problem: () => StorageProblem | null;
};

/** @example corruptBackupPrefix("dateline:reader") // "dateline:reader:corrupt:" */
export function corruptBackupPrefix(key: string): string {
  return `${key}:corrupt:`;
}

/**
 * @example
 * const text = createStoredText("dateline:settings", { storage: createSafeStorage(browserLocalStorage), now: () => new Date() });
 * const fresh = text.read(); if (fresh) show(parse(fresh.raw));
 */
export function createStoredText(
  key: string,
  { storage, now }: { storage: SafeStorage; now: () => Date },
): StoredText {
  let state: StoredState = { kind: "unread" };

  const seen = (): "none" | "seen" =>
    (state.kind === "stored" || state.kind === "full") &&
    state.corrupt !== "none"
      ? "seen"
      : "none";

  function backUp(text: string): WriteOutcome {
    const stamp = now().toISOString();
    for (let attempt = 0; ; attempt++) {
      const backupKey = `${corruptBackupPrefix(key)}${stamp}${attempt === 0 ? "" : `~${attempt}`}`;
      const existing = storage.read(backupKey);
      if (!existing.ok) return "unavailable";
      if (existing.value === text) return "ok";
      if (existing.value === null) return storage.write(backupKey, text);
    }
  }

  function refused(outcome: Exclude<WriteOutcome, "ok">, kept: Corrupt): void {
    state =
      outcome === "full" ? { ...kept, kind: "full" } : { kind: "unavailable" };
  }

  return {
    state: () => state,
    read() {
      if (state.kind === "unavailable") return undefined;
      const outcome = storage.read(key);
      if (!outcome.ok) {
        state = { kind: "unavailable" };
        return undefined;
      }
      const raw = outcome.value;
      // Unchanged text would parse to equal data in new objects, and re-render for nothing.
      if (state.kind === "stored" && state.raw === raw) return undefined;
      state = { kind: "stored", raw, corrupt: seen() };
      return { raw };
    },
    markUnreadable() {
      if (state.kind === "stored" && state.raw !== null)
        state = { kind: "stored", raw: state.raw, corrupt: "unbacked" };
    },
    write(text) {
      if (state.kind === "unavailable") return;
      let kept: Corrupt =
        state.kind === "unread" ? { raw: null, corrupt: "none" } : state;
      if (kept.corrupt === "unbacked") {
        const backup = backUp(kept.raw);
        if (backup !== "ok") return refused(backup, kept);
        kept = { raw: kept.raw, corrupt: "seen" };
      }
      const outcome = storage.write(key, text);
      if (outcome !== "ok") return refused(outcome, kept);
      state = { kind: "stored", raw: text, corrupt: kept.corrupt };
    },
    problem() {
      switch (state.kind) {
        case "unread":
          return null;
        case "unavailable":
          return "unavailable";
        case "full":
          return "full";
        case "stored":
          return state.corrupt === "none" ? null : "corrupt";
      }
    },
  };
}
