// @vitest-environment node
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { expect, test } from "vitest";
import { compressedSizes, kb, totalSizes } from "./sizes.ts";

const text = Buffer.from(
  "Dateline is a fast, accessible news reader. ".repeat(200),
);

test("sizes are of the bytes as stored, gzipped and brotli-compressed", () => {
  const sizes = compressedSizes(text);
  expect(sizes.raw).toBe(text.byteLength);
  expect(sizes.gzip).toBeLessThan(sizes.raw / 10);
  // Brotli at its best beats gzip at its best on text.
  expect(sizes.brotli).toBeLessThan(sizes.gzip);
});

test("compression is at the maximum level, as a host that pre-compresses would send it", () => {
  const sizes = compressedSizes(text);
  expect(sizes.gzip).toBe(
    gzipSync(text, { level: constants.Z_BEST_COMPRESSION }).byteLength,
  );
  expect(sizes.brotli).toBe(
    brotliCompressSync(text, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: text.byteLength,
      },
    }).byteLength,
  );
});

test("a total adds each file's own compressed size", () => {
  const one = compressedSizes(text);
  expect(totalSizes([one, one])).toEqual({
    raw: 2 * one.raw,
    gzip: 2 * one.gzip,
    brotli: 2 * one.brotli,
  });
  expect(totalSizes([])).toEqual({ raw: 0, gzip: 0, brotli: 0 });
});

test("kilobytes are of 1,024 bytes, as in the build's table", () => {
  expect(kb(113_112)).toBe("110.5 KB");
  expect(kb(1_259_725)).toBe("1,230.2 KB");
});
