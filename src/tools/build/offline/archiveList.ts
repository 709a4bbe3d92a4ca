// "Download all" fetches what this lists (src/app/offline/caches.ts has its shape).
import { readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import type { ArchiveList } from "../../../app/offline/caches.ts";

/**
 * Pages, as a reader's browser asks for them (by folder); everything the
 * route loaders and search fetch. Not the app shell, which every visit
 * precaches already, nor the not-found page, which answers no address of its own.
 */
const ARCHIVED = /^(?:.+\.html|data\/.+\.json|pagefind\/.+)$/;
const NOT_ARCHIVED = /^(?:404\.html|assets\/|offline\/)/;
const STORY_DATA = /^data\/stories\/[^/]+\.json$/;

/** @example await archiveList("dist") // { stories: 1000, bytes: 48123456, files: [{ url: "", bytes: 20480 }, …] } */
export async function archiveList(siteDir: string): Promise<ArchiveList> {
  const entries = await readdir(siteDir, {
    recursive: true,
    withFileTypes: true,
  });
  const files: ArchiveList["files"] = [];
  let stories = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = relative(siteDir, join(entry.parentPath, entry.name))
      .split("\\")
      .join("/");
    if (!ARCHIVED.test(file) || NOT_ARCHIVED.test(file)) continue;
    if (STORY_DATA.test(file)) stories += 1;
    const { size } = await stat(join(siteDir, file));
    files.push({ url: file.replace(/(^|\/)index\.html$/, "$1"), bytes: size });
  }
  files.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return {
    stories,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    files,
  };
}
