import type { StorageLike } from "../storage/safeStorage.ts";

/** The speeds offered, as rates of the voice's normal speed. */
export const SPEEDS = [0.8, 1, 1.25, 1.5, 1.75, 2] as const;
export type Speed = (typeof SPEEDS)[number];
export const NORMAL_SPEED: Speed = 1;
/** Where the chosen speed is kept, beside the reader's other settings. */
export const SPEED_KEY = "dateline:listen-speed";

/*
 * Storage is read in a try of its own rather than through safeStorage.ts:
 * sharing that module with the reader store would split it into a chunk of
 * its own, one more request for every page that loads the store.
 */
function local(): StorageLike {
  return window.localStorage;
}

/** @example asSpeed("1.25") === 1.25 && asSpeed("3") === undefined */
export function asSpeed(value: unknown): Speed | undefined {
  const rate =
    typeof value === "string" && value !== "" ? Number(value) : value;
  return SPEEDS.find((speed) => speed === rate);
}

/** @example speedLabel(1.25) === "1.25×" */
export function speedLabel(speed: Speed): string {
  return `${String(speed)}×`;
}

/**
 * The speed the reader chose last time, or normal speed when none was kept
 * or storage is off or holds something else.
 *
 * @example new SpeechSynthesisUtterance(text).rate = storedSpeed()
 */
export function storedSpeed(storage: () => StorageLike = local): Speed {
  try {
    return asSpeed(storage().getItem(SPEED_KEY)) ?? NORMAL_SPEED;
  } catch {
    return NORMAL_SPEED;
  }
}

/**
 * Keeps the chosen speed for next time. Storage that is off or full keeps
 * nothing, and the speed still holds for this visit (the player has it).
 *
 * @example storeSpeed(1.5)
 */
export function storeSpeed(
  speed: Speed,
  storage: () => StorageLike = local,
): void {
  try {
    storage().setItem(SPEED_KEY, String(speed));
  } catch {
    // Off or full: the speed holds for this visit only.
  }
}
