/**
 * What lets a build skip work the last one did: a key for the code (every
 * file and setting the bundles are made from) and, per page, a key for its
 * inputs (its loader data). Kept in node_modules/.cache, one folder per
 * output folder; `npm run build -- --clean` deletes it.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";

/** Read for the code's key. Stories are not code: they go to pages one by one. */
const CODE_PATHS = [
  "src",
  "public",
  "index.html",
  "vite.config.ts",
  "package-lock.json",
];
// Tests never reach the output; changing one should not re-render the site.
const NOT_CODE = /^src\/content\/stories\/|\.test\.tsx?$/;

export type BuildState = {
  /** The code and settings the bundles below were built from. */
  codeKey: string;
  /** Page path → the key of the inputs its file was rendered from. */
  pages: Record<string, string>;
};

const STATE_FILE = "state.json";

/**
 * @param settings whatever else the bundles bake in (base path, origin, build day, mode)
 * @example await codeKey(root, { base: "/", mode: "production" }) // "3f1c…"
 */
export async function codeKey(
  root: string,
  settings: Record<string, string>,
): Promise<string> {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(Object.entries(settings).sort()));
  for (const file of await codeFiles(root)) {
    hash.update(`\0${file}\0`);
    // A missing file (no public/ folder, say) is a fact about the code too.
    hash.update(await readFile(join(root, file)).catch(() => "\0missing"));
  }
  return hash.digest("hex");
}

async function codeFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const path of CODE_PATHS) {
    const entries = await readdir(join(root, path), {
      recursive: true,
      withFileTypes: true,
    }).catch(() => undefined);
    if (!entries) {
      files.push(path);
      continue;
    }
    for (const entry of entries)
      if (entry.isFile())
        files.push(
          relative(root, join(entry.parentPath, entry.name))
            .split("\\")
            .join("/"),
        );
  }
  return files.filter((file) => !NOT_CODE.test(file)).sort();
}

/**
 * A page renders the same bytes from the same code, path and loader data.
 * @example pageKey(state.codeKey, "/world/", 200, loaderData)
 */
export function pageKey(
  code: string,
  path: string,
  status: number,
  loaderData: unknown,
): string {
  return createHash("sha256")
    .update(code)
    .update(`\0${path}\0${status}\0`)
    .update(JSON.stringify(loaderData) ?? "")
    .digest("base64url");
}

export async function readState(cacheDir: string): Promise<BuildState> {
  try {
    const state = JSON.parse(
      await readFile(join(cacheDir, STATE_FILE), "utf8"),
    ) as BuildState;
    if (typeof state.codeKey === "string" && typeof state.pages === "object")
      return state;
  } catch {
    // No cache, or one from another version: a full build.
  }
  return { codeKey: "", pages: {} };
}

export async function writeState(
  cacheDir: string,
  state: BuildState,
): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  await writeFile(join(cacheDir, STATE_FILE), JSON.stringify(state));
}

export async function clearCache(cacheDir: string): Promise<void> {
  await rm(cacheDir, { recursive: true, force: true });
}
