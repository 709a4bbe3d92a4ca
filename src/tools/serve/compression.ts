/**
 * Compression the way a CDN does it: pick br or gzip from the request's
 * Accept-Encoding, compress each file once, and keep the bytes in memory
 * until the file changes.
 *
 *     preferredEncoding("gzip, deflate, br") // → "br"
 *     preferredEncoding("br;q=0, gzip")      // → "gzip"
 *     preferredEncoding("identity")          // → undefined
 */
import { readFile, stat } from "node:fs/promises";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

export type Encoding = "br" | "gzip";

/** Ties go to the first: br is smaller than gzip for the same text. */
const SUPPORTED: readonly Encoding[] = ["br", "gzip"];

/**
 * The encoding to send, or undefined for the plain bytes. The highest q wins;
 * `q=0` refuses a coding, and `*` stands for every coding not named.
 */
export function preferredEncoding(
  header: string | undefined,
): Encoding | undefined {
  const weights = encodingWeights(header ?? "");
  let best: Encoding | undefined;
  let bestWeight = 0;
  for (const encoding of SUPPORTED) {
    const weight = weights.get(encoding) ?? weights.get("*") ?? 0;
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}

function encodingWeights(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.split(";").map((item) => item.trim());
    if (name === "") continue;
    const weight = weightFrom(params);
    if (weight !== undefined) weights.set(name.toLowerCase(), weight);
  }
  return weights;
}

/** A malformed q drops the whole entry (RFC 9110 §12.4.2 allows 0 to 1, three decimals). */
function weightFrom(params: string[]): number | undefined {
  const q = params.find((param) => /^q\s*=/i.test(param));
  if (q === undefined) return 1;
  const value = q.replace(/^q\s*=\s*/i, "");
  if (!/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value)) return undefined;
  return Number(value);
}

const compressors: Record<Encoding, (bytes: Buffer) => Promise<Buffer>> = {
  // Quality 11 is slow (about half a second for a 300 kB bundle) but is paid
  // once per file, and gives the sizes a host that pre-compresses would serve.
  br: (bytes) =>
    promisify(brotliCompress)(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gzip: (bytes) => promisify(gzip)(bytes, { level: 9 }),
};

type Entry = { version: string; bytes: Promise<Buffer> };

/**
 * Compressed files by path and encoding. One entry per file and encoding, so
 * a rebuild replaces old bytes instead of piling them up; the entry holds a
 * promise so that concurrent first requests compress only once.
 */
export class CompressedFiles {
  readonly #entries = new Map<string, Entry>();

  async get(path: string, encoding: Encoding): Promise<Buffer> {
    const { size, mtimeMs } = await stat(path);
    const key = `${encoding} ${path}`;
    const version = `${size} ${mtimeMs}`;
    const cached = this.#entries.get(key);
    if (cached?.version === version) return cached.bytes;
    const entry: Entry = {
      version,
      bytes: readFile(path).then(compressors[encoding]),
    };
    this.#entries.set(key, entry);
    // A failed read is not cached: the next request tries again.
    entry.bytes.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    return entry.bytes;
  }
}
