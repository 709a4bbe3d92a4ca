import type { Content, SearchResults } from "../content/content.ts";
import { isSlug } from "../content/slug.ts";
import type { StoryData, StoryIndex } from "../content/editionData.ts";
import { dataFile } from "../content/dataFiles.ts";
import { buildDate } from "./site.ts";

export class ContentUnavailableError extends Error {
  override name = "ContentUnavailableError";
}

/** @param base the site's base path, e.g. "/" or "/dateline/" */
export function fetchedContent(
  base: string,
  fetchFile: typeof fetch = (...args) => fetch(...args),
): Content {
  const cache = new Map<string, Promise<unknown>>();

  /** `undefined` for a 404: a story that does not exist. */
  const get = (file: string): Promise<unknown> => {
    const cached = cache.get(file);
    if (cached) return cached;
    const pending = fetchFile(`${base}${file}`).then(async (response) => {
      if (response.status === 404) return undefined;
      if (!response.ok)
        throw new ContentUnavailableError(
          `${file}: the server answered ${response.status}`,
        );
      return (await response.json()) as unknown;
    });
    cache.set(file, pending);
    // Forgotten on failure, so the next navigation tries again.
    pending.catch(() => cache.delete(file));
    return pending;
  };

  // Loaded on the first search, so no page's first bundle carries it.
  let searching:
    | Promise<(query: string, page: number) => Promise<SearchResults>>
    | undefined;
  const search = (query: string, page: number) => {
    searching ??= import("./search/pagefindSearch.ts").then(
      ({ pagefindSearch }) => pagefindSearch(base, buildDate),
      (error: unknown) => {
        searching = undefined;
        throw error;
      },
    );
    return searching.then((run) => run(query, page));
  };

  const required = async (file: string) => {
    const data = await get(file);
    if (data === undefined)
      throw new ContentUnavailableError(`${file}: not found`);
    return data;
  };

  // The files come from this same build, checked by it (see contentPlugin.ts),
  // so their shape is known and a cast is honest here.
  return {
    index: async () => (await required(dataFile.index)) as StoryIndex,
    // A slug comes from the URL: anything else ("..", an encoded slash) names no file.
    story: async (slug) =>
      isSlug(slug)
        ? ((await get(dataFile.story(slug))) as StoryData | undefined)
        : undefined,
    search,
  };
}
