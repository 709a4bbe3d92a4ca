/**
 * The stories this device can open offline, for the page that says one is
 * not kept: read from every cache of this site (precache, runtime caches,
 * saved copies, the download), newest first.
 */
import { storyPath } from "../../content/paths.ts";
import { basePath } from "../site.ts";
import { keptStory, storyFile, type KeptStory } from "./storyFiles.ts";

export type KeptStoryLink = {
  slug: string;
  headline: string;
  /** As paths.ts makes it, for a router link. */
  path: string;
  /** yyyy-mm-dd; briefs have none. */
  published?: string;
};

const newestFirst = (a: KeptStory, b: KeptStory) =>
  (b.kind === "full" ? b.published : "").localeCompare(
    a.kind === "full" ? a.published : "",
  );

/**
 * Only the data files of the likely newest are read: a page's address
 * carries its date, so at thousands of downloaded stories this stays a
 * handful of reads (plus any data file kept without its page).
 * @example await keptStories(caches, { limit: 8 })
 */
export async function keptStories(
  storage: CacheStorage,
  { limit = 8, base = basePath }: { limit?: number; base?: string } = {},
): Promise<KeptStoryLink[]> {
  const dataFiles = new Map<string, Request>();
  const dated = new Map<string, string>();
  for (const name of await storage.keys()) {
    const cache = await storage.open(name);
    for (const request of await cache.keys()) {
      const file = storyFile(request.url, base);
      if (file?.file === "data" && !dataFiles.has(file.slug))
        dataFiles.set(file.slug, request);
      if (file?.file === "page" && file.published)
        dated.set(file.slug, file.published);
    }
  }
  // Data files with a dated page, newest first, up to the limit; then every
  // data file whose date only the file itself can tell.
  const withDate = [...dataFiles.keys()]
    .filter((slug) => dated.has(slug))
    .sort((a, b) => (dated.get(b) ?? "").localeCompare(dated.get(a) ?? ""))
    .slice(0, limit);
  const undated = [...dataFiles.keys()].filter((slug) => !dated.has(slug));
  const stories: KeptStory[] = [];
  for (const slug of [...withDate, ...undated]) {
    const request = dataFiles.get(slug);
    const response = request && (await storage.match(request));
    try {
      const story = keptStory(await response?.json());
      if (story?.slug === slug) stories.push(story);
    } catch {
      // Not JSON after all: left out.
    }
  }
  return stories
    .sort(newestFirst)
    .slice(0, limit)
    .map((story) => ({
      slug: story.slug,
      headline: story.headline,
      path: storyPath(story),
      ...(story.kind === "full" && { published: story.published }),
    }));
}

/**
 * Reached by a link inside the app, a page kept without its data file (a
 * page load keeps only the page) still opens whole: load it as a page. The
 * check against the document's own address means it happens at most once.
 * @example if (await openWholeIfKept(caches)) return;
 */
export async function openWholeIfKept(
  storage: CacheStorage,
  where: Pick<Location, "href" | "pathname" | "reload"> = location,
): Promise<boolean> {
  const loadedAs = performance.getEntriesByType("navigation")[0]?.name;
  const here = where.href.replace(/#.*$/, "");
  if (loadedAs === undefined || loadedAs.replace(/#.*$/, "") === here)
    return false;
  const query: CacheQueryOptions = { ignoreSearch: true, ignoreVary: true };
  const kept =
    (await storage.match(where.pathname, query)) ??
    (await storage.match(`${where.pathname}index.html`, query));
  if (!kept) return false;
  where.reload();
  return true;
}
