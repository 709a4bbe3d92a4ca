/**
 * Compressed here at the maximum level (gzip 9, brotli 11), as a host that
 * pre-compresses would, rather than read off the wire, so the figures do not
 * depend on what a server chose to send.
 *
 *     compressedSizes(Buffer.from(html)) // → { raw: 12034, gzip: 3920, brotli: 3301 }
 */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export type Sizes = { raw: number; gzip: number; brotli: number };

export const NO_BYTES: Sizes = { raw: 0, gzip: 0, brotli: 0 };

export function compressedSizes(bytes: Uint8Array): Sizes {
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }).byteLength,
  };
}

/** A sum, not the size of one joined archive: each file is its own response. */
export function totalSizes(each: Sizes[]): Sizes {
  return each.reduce(
    (total, sizes) => ({
      raw: total.raw + sizes.raw,
      gzip: total.gzip + sizes.gzip,
      brotli: total.brotli + sizes.brotli,
    }),
    NO_BYTES,
  );
}

/** Kilobytes of 1,024 bytes, as the build's own table prints them. */
export function kb(bytes: number): string {
  const kilobytes = (bytes / 1024).toLocaleString("en", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return `${kilobytes} KB`;
}
