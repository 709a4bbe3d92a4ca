// The browser's side of search: Pagefind's own script, from the folder the
// build wrote (src/tools/build/search/), loaded the first time a reader
// searches and never in a page's first bundle.
import type { SearchResults } from "../../content/content.ts";
import { searchEntry } from "../../content/editionData.ts";
import { dataFile } from "../../content/dataFiles.ts";
import { PAGE_SIZE } from "../../content/queries.ts";

/** Search could not reach (part of) the index: offline, most likely. */
export class SearchUnavailableError extends Error {
  override name = "SearchUnavailableError";
}

/** The parts of Pagefind's browser API (pagefind.js) that search calls. */
type Pagefind = {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{
    results: {
      data(): Promise<{ meta: Record<string, unknown>; excerpt: string }>;
    }[];
  } | null>;
};

function isPagefind(module: unknown): module is Pagefind {
  return (
    typeof module === "object" &&
    module !== null &&
    "search" in module &&
    typeof module.search === "function" &&
    "options" in module &&
    typeof module.options === "function"
  );
}

/**
 * Pagefind logs an index chunk it could not fetch and answers as if its words
 * were in no story: offline, "no story matches" where the truth is "cannot
 * tell". Its requests go through the global fetch, so they are counted there;
 * a search that saw a failure says it is unavailable instead.
 */
let failedFetches = 0;
let watching = false;

function watchFetches(bundle: string) {
  if (watching) return;
  watching = true;
  const fetchFile = globalThis.fetch;
  const ours = (input: RequestInfo | URL) =>
    (typeof input === "string"
      ? input
      : input instanceof URL
        ? input.href
        : input.url
    ).includes(bundle);
  globalThis.fetch = async (input, init) => {
    try {
      const response = await fetchFile(input, init);
      if (!response.ok && ours(input)) failedFetches += 1;
      return response;
    } catch (error) {
      if (ours(input)) failedFetches += 1;
      throw error;
    }
  };
}

/**
 * @param base the site's base path, e.g. "/" or "/dateline/"
 * @param cacheTag names this build's index, so its entry file can be cached
 *   (Pagefind otherwise adds the time to its URL, which no cache would ever hold)
 * @example const search = pagefindSearch("/dateline/", buildDate); await search("lavrov claptrap", 2)
 */
export function pagefindSearch(
  base: string,
  cacheTag: string,
): (query: string, page: number) => Promise<SearchResults> {
  const bundle = `${base}${dataFile.searchBundle}`;
  let loading: Promise<Pagefind> | undefined;

  const load = async (): Promise<Pagefind> => {
    watchFetches(bundle);
    // Built apart from the app, so the bundler must leave this import alone.
    const module: unknown = await import(
      /* @vite-ignore */ `${bundle}pagefind.js`
    );
    if (!isPagefind(module))
      throw new SearchUnavailableError(`${bundle}pagefind.js is not Pagefind`);
    await module.options({
      // Where its files are, and the site's base for result URLs: both under a sub-path too.
      basePath: bundle,
      baseUrl: base,
      metaCacheTag: cacheTag,
      // One request and no worker script to fetch; it runs in a few milliseconds.
      noWorker: true,
      // Words around the match: about two lines under a headline.
      excerptLength: 24,
    });
    return module;
  };

  return async (query, page) => {
    const before = failedFetches;
    try {
      // Forgotten on failure, so the next search tries again.
      loading ??= load().catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
      const pagefind = await loading;
      const found = await pagefind.search(query);
      const matches = found?.results ?? [];
      // Only this page's results are read: each is a fetch of its own.
      const shown = await Promise.all(
        matches
          .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
          .map((match) => match.data()),
      );
      if (failedFetches > before) throw new SearchUnavailableError();
      return {
        total: matches.length,
        results: shown.flatMap(({ meta, excerpt }) => {
          const story = searchEntry(meta);
          return story ? [{ story, excerpt }] : [];
        }),
      };
    } catch (error) {
      throw error instanceof SearchUnavailableError
        ? error
        : new SearchUnavailableError(
            error instanceof Error ? error.message : String(error),
            { cause: error },
          );
    }
  };
}
