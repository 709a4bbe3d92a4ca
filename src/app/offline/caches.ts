/**
 * The Cache Storage names the service worker and the page share: the worker
 * fills the runtime caches as a reader browses, the page fills the two a
 * reader asks for (saved stories, "download all"). The worker answers from
 * any of them when the network fails.
 */
export const OFFLINE_CACHES = {
  /** Pages a reader opened; bounded by count and age. */
  pages: "dateline-pages",
  /** Data files a reader's navigations fetched; bounded by count and age. */
  data: "dateline-data",
  /** Search index files a reader's searches fetched; bounded by count and age. */
  search: "dateline-search",
  /** The reading face, once a reader has chosen it: a few files, kept a year. */
  fonts: "dateline-fonts",
  /** Saved stories' pages and data files: kept until unsaved, never expired. */
  saved: "dateline-saved",
  /** What "Download all" fetched: kept until the reader removes it. */
  archive: "dateline-archive",
} as const;

/**
 * Every file "Download all" fetches, written by the build.
 * Relative to the site's base path.
 */
export const ARCHIVE_LIST_FILE = "offline/archive.json";

export type ArchiveList = {
  /** Full stories and briefs. */
  stories: number;
  /** Uncompressed bytes of every file below: what the download keeps on the device. */
  bytes: number;
  /** URLs relative to the base path; pages by their folder ("world/2018/04/20/slug/"). */
  files: { url: string; bytes: number }[];
};
