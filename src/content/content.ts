// Loaders ask through this, not imports, so story files stay out of the bundle however many there are.
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
  story(slug: string): Promise<StoryData | undefined>;
  searchDocuments(): Promise<SearchDocument[]>;
};

/** @example renderPage("/topics/", catalogueContent(loadEdition())) */
export function catalogueContent(catalogue: Catalogue): Content {
  const index = storyIndex(catalogue);
  const documents = searchDocuments(catalogue);
  return {
    index: () => Promise.resolve(index),
    story: (slug) => Promise.resolve(storyData(catalogue, slug)),
    searchDocuments: () => Promise.resolve(documents),
  };
}
