// @vitest-environment node
import { expect, test } from "vitest";
import { preferredEncoding } from "./compression.ts";

test("br is preferred, gzip next, the plain bytes last", () => {
  expect(preferredEncoding("gzip, deflate, br, zstd")).toBe("br");
  expect(preferredEncoding("gzip, deflate")).toBe("gzip");
  expect(preferredEncoding("deflate")).toBeUndefined();
  expect(preferredEncoding("")).toBeUndefined();
  expect(preferredEncoding(undefined)).toBeUndefined();
});

test("weights decide, and q=0 refuses", () => {
  expect(preferredEncoding("br;q=0.5, gzip;q=0.9")).toBe("gzip");
  expect(preferredEncoding("br;q=0, gzip")).toBe("gzip");
  expect(preferredEncoding("br;q=0, gzip;q=0.000")).toBeUndefined();
  expect(preferredEncoding("BR ; Q=1.0")).toBe("br");
});

test("a star stands for the codings not named", () => {
  expect(preferredEncoding("*")).toBe("br");
  expect(preferredEncoding("br;q=0, *")).toBe("gzip");
  expect(preferredEncoding("*;q=0, gzip")).toBe("gzip");
  expect(preferredEncoding("*;q=0")).toBeUndefined();
});

test("an entry with a malformed weight is ignored", () => {
  expect(preferredEncoding("br;q=2, gzip")).toBe("gzip");
  expect(preferredEncoding("br;q=high, gzip;q=0.1")).toBe("gzip");
  expect(preferredEncoding("br;q=0.5000")).toBeUndefined();
});
