/**
 * What route loaders ask for stories: an edition's index, one story with what
 * its page needs from the rest, and the text search reads. In a reader's
 * browser the data files the build wrote answer (app/fetchedContent.ts); in
 * the pre-render and the tests, the catalogue read from disk
 * (`catalogueContent`). The app hands it to loaders through the router
 * (app/contentContext.ts). Keeping story files out of the app's bundle is
 * what keeps its size flat however many stories there are.
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

/**
 * Answers from a catalogue in memory, exactly as the data files built from it would.
 *
 * @example renderPage("/topics/", catalogueContent(loadEdition()))
 */
export function catalogueContent(catalogue: Catalogue): Content {
  const index = storyIndex(catalogue);
  const documents = searchDocuments(catalogue);
  return {
    index: () => Promise.resolve(index),
    story: (slug) => Promise.resolve(storyData(catalogue, slug)),
    searchDocuments: () => Promise.resolve(documents),
  };
}
