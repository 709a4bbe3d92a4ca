/**
 * Where route loaders get stories from. Loaders ask `content()`; what answers
 * depends on where the app runs:
 *
 * - in a reader's browser, the data files the build wrote (fetchedContent.ts);
 * - in the pre-render, the dev server's data files and the tests, the
 *   catalogue read from disk (`catalogueContent`).
 *
 * Each entry point says which, once, before the first loader runs (main.tsx,
 * prerender/edition.ts, testing/setup.ts). Keeping story files out of the
 * app's bundle is what keeps its size flat however many stories there are.
 */
import type { Catalogue } from "./catalogue.ts";
import {
  searchDocuments,
  storyData,
  storyIndex,
  type SearchDocument,
  type StoryData,
  type StoryIndex,
} from "./editionData.ts";

export type Content = {
  index(): Promise<StoryIndex>;
  /** Resolves undefined for a slug the edition does not have. */
  story(slug: string): Promise<StoryData | undefined>;
  searchDocuments(): Promise<SearchDocument[]>;
};

let current: Content | undefined;

export function provideContent(source: Content): void {
  current = source;
}

export function content(): Content {
  if (!current)
    throw new Error(
      "No content source: the entry point must call provideContent() before the router starts",
    );
  return current;
}

/** Answers from a catalogue in memory, exactly as the data files built from it would. */
export function catalogueContent(catalogue: Catalogue): Content {
  const index = storyIndex(catalogue);
  const documents = searchDocuments(catalogue);
  return {
    index: () => Promise.resolve(index),
    story: (slug) => Promise.resolve(storyData(catalogue, slug)),
    searchDocuments: () => Promise.resolve(documents),
  };
}
