/**
 * What a static host says a file is, by its extension, and whether the bytes
 * are worth compressing on the way out.
 *
 *     contentTypeFor("assets/index-3f9a1c.js")
 *     // → { type: "text/javascript; charset=utf-8", compressible: true }
 */
import { extname } from "node:path";

export type ContentType = {
  /** The Content-Type header, with a charset for text. */
  type: string;
  /** False for formats that are compressed already (images, woff2): a second pass only costs time. */
  compressible: boolean;
};

type Known = { mime: string; text: boolean; compressible: boolean };

function text(mime: string): Known {
  return { mime, text: true, compressible: true };
}

function binary(mime: string, compressible = false): Known {
  return { mime, text: false, compressible };
}

const BY_EXTENSION: Record<string, Known> = {
  ".html": text("text/html"),
  ".htm": text("text/html"),
  ".js": text("text/javascript"),
  ".mjs": text("text/javascript"),
  ".css": text("text/css"),
  ".json": text("application/json"),
  ".map": text("application/json"),
  ".webmanifest": text("application/manifest+json"),
  ".svg": text("image/svg+xml"),
  ".xml": text("application/xml"),
  ".txt": text("text/plain"),
  ".md": text("text/markdown"),
  ".csv": text("text/csv"),
  // An .ico holds uncompressed bitmaps, so unlike other images it shrinks well.
  ".ico": binary("image/x-icon", true),
  ".wasm": binary("application/wasm", true),
  ".ttf": binary("font/ttf", true),
  ".otf": binary("font/otf", true),
  ".png": binary("image/png"),
  ".jpg": binary("image/jpeg"),
  ".jpeg": binary("image/jpeg"),
  ".gif": binary("image/gif"),
  ".webp": binary("image/webp"),
  ".avif": binary("image/avif"),
  ".woff": binary("font/woff"),
  ".woff2": binary("font/woff2"),
  ".pdf": binary("application/pdf"),
};

const UNKNOWN: ContentType = {
  type: "application/octet-stream",
  compressible: false,
};

export function contentTypeFor(path: string): ContentType {
  const known = BY_EXTENSION[extname(path).toLowerCase()];
  if (known === undefined) return UNKNOWN;
  return {
    type: known.text ? `${known.mime}; charset=utf-8` : known.mime,
    compressible: known.compressible,
  };
}
