/**
 * What the build prints: the files a reader's first visit loads one by one
 * (scripts, styles, the worker, the site's own files) with their sizes, the
 * many pages and data files as a line per kind, and what changed since the
 * last build, which is what a deploy uploads.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { SiteChanges, WrittenFile } from "./siteWriter.ts";

/** Written in bulk, one per story, topic or list page: a line per kind, not per file. */
const KINDS: [string, RegExp][] = [
  ["pages", /(^|\/)index\.html$/],
  ["story data", /^data\//],
  ["search index", /^pagefind\//],
];

/** Beyond this, the change list goes to the file named by --changes, not the screen. */
const CHANGES_SHOWN = 30;

export async function printReport(
  dir: string,
  written: WrittenFile[],
  heading: string,
): Promise<void> {
  const groups = new Map<string, { files: number; bytes: number }>();
  const single: WrittenFile[] = [];
  for (const file of written) {
    const kind = KINDS.find(([, pattern]) => pattern.test(file.file))?.[0];
    if (!kind) {
      single.push(file);
      continue;
    }
    const group = groups.get(kind) ?? { files: 0, bytes: 0 };
    group.files += 1;
    group.bytes += file.bytes;
    groups.set(kind, group);
  }
  const width = Math.max(0, ...single.map((w) => w.file.length));
  console.log(`\n${heading}`);
  for (const { file, bytes } of single) {
    const gzip = gzipSync(await readFile(join(dir, file))).byteLength;
    console.log(
      `  ${file.padEnd(width)}  ${kb(bytes).padStart(9)}  ${kb(gzip).padStart(8)} gzip`,
    );
  }
  for (const [kind, { files, bytes }] of groups)
    console.log(`  ${kind}: ${files.toLocaleString("en")} files, ${kb(bytes)}`);
  console.log(`  ${written.length.toLocaleString("en")} files`);
}

/**
 * @param listFile where to write every changed path, one a line ("+ ", "~ ", "- "), for a deploy to read
 */
export async function printChanges(
  changes: SiteChanges,
  listFile: string | undefined,
): Promise<void> {
  const lines = [
    ...changes.added.map((file) => `+ ${file}`),
    ...changes.changed.map((file) => `~ ${file}`),
    ...changes.removed.map((file) => `- ${file}`),
  ];
  console.log(
    `\nChanged since the last build: ${changes.added.length} added, ${changes.changed.length} changed, ${changes.removed.length} removed, ${changes.unchanged.toLocaleString("en")} unchanged`,
  );
  for (const line of lines.slice(0, CHANGES_SHOWN)) console.log(`  ${line}`);
  if (lines.length > CHANGES_SHOWN)
    console.log(
      `  … and ${lines.length - CHANGES_SHOWN} more${listFile ? "" : " (--changes FILE lists them all)"}`,
    );
  if (listFile) {
    await writeFile(listFile, lines.map((line) => `${line}\n`).join(""));
    console.log(`  every change is listed in ${listFile}`);
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
