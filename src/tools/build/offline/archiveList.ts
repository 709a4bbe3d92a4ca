// "Download all" fetches what this lists (src/app/offline/caches.ts has its shape).
import type { ArchiveList } from "../../../app/offline/caches.ts";
import type { WrittenFile } from "../siteWriter.ts";

/**
 * Pages, as a reader's browser asks for them (by folder); everything the
 * route loaders and search fetch. Not the app shell, which every visit
 * precaches already, nor the not-found page, which answers no address of its own.
 */
const ARCHIVED = /^(?:.+\.html|data\/.+\.json|pagefind\/.+)$/;
const NOT_ARCHIVED = /^(?:404\.html|assets\/|offline\/)/;
const STORY_DATA = /^data\/stories\/[^/]+\.json$/;

/**
 * From what this build wrote, not what the folder holds: before the build's
 * clean-up, the folder still has the last build's files that are gone now.
 * @example archiveList(site.written) // { stories: 1000, bytes: 48123456, files: [{ url: "", bytes: 20480 }, …] }
 */
export function archiveList(written: readonly WrittenFile[]): ArchiveList {
  const files: ArchiveList["files"] = [];
  let stories = 0;
  for (const { file, bytes } of written) {
    if (!ARCHIVED.test(file) || NOT_ARCHIVED.test(file)) continue;
    if (STORY_DATA.test(file)) stories += 1;
    files.push({ url: file.replace(/(^|\/)index\.html$/, "$1"), bytes });
  }
  files.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return {
    stories,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    files,
  };
}
