/**
 * Writes the site into its folder over the last build's output, file by
 * file: a file whose bytes are the same is left alone, and at the end any
 * file this build did not produce is removed. So the folder always ends up
 * exactly what a clean build would write, and the build can say which files
 * a deploy must upload.
 */
import {
  mkdir,
  readdir,
  readFile,
  rm,
  rmdir,
  writeFile,
} from "node:fs/promises";
import { dirname, join, relative } from "node:path";

export type WrittenFile = { file: string; bytes: number };

export type SiteChanges = {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
};

/** One writer's record, as another process sends it (prerender/renderPool.ts). */
export type WriterPart = { written: WrittenFile[]; changes: SiteChanges };

export type SiteWriter = {
  dir: string;
  /** Every file this build produced, in the order written. */
  written: WrittenFile[];
  write: (file: string, content: Buffer | string) => Promise<void>;
  /** A file left as the last build wrote it (its inputs did not change). */
  keep: (file: string, bytes: number) => void;
  /** What another process wrote into the same folder with a writer of its own. */
  merge: (part: WriterPart) => void;
  part: () => WriterPart;
  /** Removes what this build did not produce; call once, last. */
  finish: () => Promise<SiteChanges>;
};

/** @example const site = siteWriter("dist"); await site.write("index.html", html); const { changed } = await site.finish(); */
export function siteWriter(dir: string): SiteWriter {
  const written: WrittenFile[] = [];
  const produced = new Set<string>();
  const changes: SiteChanges = {
    added: [],
    changed: [],
    removed: [],
    unchanged: 0,
  };
  return {
    dir,
    written,
    write: async (file, content) => {
      const bytes =
        typeof content === "string" ? Buffer.from(content) : content;
      const target = join(dir, file);
      const before = await readFile(target).catch(() => undefined);
      produced.add(file);
      written.push({ file, bytes: bytes.byteLength });
      if (before?.equals(bytes)) {
        changes.unchanged += 1;
        return;
      }
      await mkdir(dirname(target), { recursive: true });
      // A new file, never the old one rewritten: the old one may be a hard
      // link to the live site's copy (stagedSite.ts), which must not change.
      if (before !== undefined) await rm(target);
      await writeFile(target, bytes);
      (before === undefined ? changes.added : changes.changed).push(file);
    },
    keep: (file, bytes) => {
      produced.add(file);
      written.push({ file, bytes });
      changes.unchanged += 1;
    },
    merge: (part) => {
      for (const file of part.written) {
        produced.add(file.file);
        written.push(file);
      }
      changes.added.push(...part.changes.added);
      changes.changed.push(...part.changes.changed);
      changes.unchanged += part.changes.unchanged;
    },
    part: () => ({ written, changes }),
    finish: async () => {
      await removeUnproduced(dir, dir, produced, changes.removed);
      return changes;
    },
  };
}

/** Depth first, so a folder left empty goes too. */
async function removeUnproduced(
  root: string,
  dir: string,
  produced: Set<string>,
  removed: string[],
): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      await removeUnproduced(root, path, produced, removed);
      if ((await readdir(path)).length === 0) await rmdir(path);
      continue;
    }
    const file = relative(root, path).split("\\").join("/");
    if (produced.has(file)) continue;
    await rm(path, { force: true });
    removed.push(file);
  }
}
