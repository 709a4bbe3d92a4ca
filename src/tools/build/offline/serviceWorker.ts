// The worker's code is src/app/offline/worker/serviceWorker.ts; here it is
// bundled with the Workbox modules it imports, and its precache list filled in.
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { build } from "vite";
import type { PrecacheEntry } from "workbox-precaching";
import { UserError } from "../../../content/userError.ts";

export class ServiceWorkerError extends UserError {
  override name = "ServiceWorkerError";
}

/** Its scope is the folder it sits in. */
export const SERVICE_WORKER_FILE = "sw.js";

const root = resolve(import.meta.dirname, "../../../..");
const WORKER_SOURCE = join(root, "src/app/offline/worker/serviceWorker.ts");

/** Vite's file names carry a hash of their content already. */
const HASHED = /^assets\//;

/**
 * @param files relative to the site folder, with their content
 * @example precacheEntry("index.html", html) // { url: "index.html", revision: "9b2c…" }
 */
export function precacheEntry(file: string, content: Buffer): PrecacheEntry {
  return {
    // Relative URLs resolve against the worker's address, so the base path comes for free.
    url: file,
    revision: HASHED.test(file)
      ? null
      : createHash("md5").update(content).digest("hex"),
  };
}

/** The worker's script, with `manifest` written in: one file, nothing else to fetch. */
export async function bundleServiceWorker(
  manifest: PrecacheEntry[],
): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    mode: "production",
    logLevel: "warn",
    define: {
      __PRECACHE_MANIFEST__: JSON.stringify(manifest),
      // Workbox strips its logging when this is "production".
      "process.env.NODE_ENV": JSON.stringify("production"),
    },
    build: {
      write: false,
      target: "es2022",
      minify: true,
      copyPublicDir: false,
      lib: {
        entry: WORKER_SOURCE,
        // A classic script: module workers are not yet everywhere a reader is.
        formats: ["iife"],
        name: "datelineServiceWorker",
        fileName: () => SERVICE_WORKER_FILE,
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) =>
    "output" in o ? o.output : [],
  );
  const code = chunks.flatMap((c) => (c.type === "chunk" ? [c.code] : []));
  if (code.length !== 1 || code[0] === undefined)
    throw new ServiceWorkerError(
      `bundling the service worker gave ${code.length} scripts, expected one`,
    );
  return code[0];
}
