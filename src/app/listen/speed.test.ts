import { expect, test } from "vitest";
import { disabledStorage, fakeStorage } from "../storage/fakeStorage.ts";
import {
  asSpeed,
  SPEED_KEY,
  SPEEDS,
  speedLabel,
  storedSpeed,
  storeSpeed,
} from "./speed.ts";

test("speeds run from 0.8× to 2×, slowest first", () => {
  expect(SPEEDS[0]).toBe(0.8);
  expect(SPEEDS.at(-1)).toBe(2);
  expect([...SPEEDS].sort((a, b) => a - b)).toEqual([...SPEEDS]);
  expect(SPEEDS.map(speedLabel)).toContain("1.25×");
});

test("a chosen speed is kept and found again next time", () => {
  const storage = fakeStorage();
  expect(storedSpeed(() => storage)).toBe(1);
  storeSpeed(1.5, () => storage);
  expect(storage.items.get(SPEED_KEY)).toBe("1.5");
  expect(storedSpeed(() => storage)).toBe(1.5);
});

test("anything but an offered speed in storage reads as normal speed", () => {
  for (const kept of ["3", "", "fast", "NaN", "0", "1.3", "Infinity"])
    expect(
      storedSpeed(() => fakeStorage({ [SPEED_KEY]: kept })),
      kept,
    ).toBe(1);
  expect(asSpeed(0.8)).toBe(0.8);
  expect(asSpeed(null)).toBeUndefined();
});

test("storage that is off or full neither throws nor keeps a speed", () => {
  expect(storedSpeed(disabledStorage)).toBe(1);
  expect(() => storeSpeed(2, disabledStorage)).not.toThrow();
  const full = fakeStorage({}, () => true);
  expect(() => storeSpeed(2, () => full)).not.toThrow();
  expect(storedSpeed(() => full)).toBe(1);
});
