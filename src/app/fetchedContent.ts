/**
 * The browser's content source: the data files the build wrote (see
 * editionData.ts), fetched when a loader first needs them and kept for the
 * rest of the visit. A failed fetch is forgotten, so the next navigation tries
 * again instead of repeating the failure.
 */
import type { Content } from "../content/content.ts";
import { isSlug } from "../content/slug.ts";
import {
  dataFile,
  type SearchDocument,
  type StoryData,
  type StoryIndex,
} from "../content/editionData.ts";

/** Thrown when a data file cannot be had; the page's error boundary says so. */
export class ContentUnavailableError extends Error {
  override name = "ContentUnavailableError";
}

/** @param base the site's base path, e.g. "/" or "/dateline/" */
export function fetchedContent(
  base: string,
  fetchFile: typeof fetch = (...args) => fetch(...args),
): Content {
  const cache = new Map<string, Promise<unknown>>();

  /** `undefined` for a 404: the file of a story that does not exist. */
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
    pending.catch(() => cache.delete(file));
    return pending;
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
    searchDocuments: async () =>
      (await required(dataFile.search)) as SearchDocument[],
  };
}
