// Loaders ask through this, not imports, so story files stay out of the bundle however many there are.
import type { Catalogue } from "./catalogue.ts";
import {
  storyData,
  storyIndex,
  type SearchEntry,
  type StoryData,
  type StoryIndex,
} from "./editionData.ts";
import { PAGE_SIZE, search, searchDocuments } from "./queries.ts";

export type SearchResult = {
  story: SearchEntry;
  /**
   * A passage around the matched words, as HTML: escaped text with the matches
   * in `<mark>`, as Pagefind writes it. Read it with parseExcerpt, never as markup.
   */
  excerpt: string;
};

/** One page of a search's results, and how many stories match in all. */
export type SearchResults = { total: number; results: SearchResult[] };

export type Content = {
  index(): Promise<StoryIndex>;
  story(slug: string): Promise<StoryData | undefined>;
  /**
   * Every word must match; headline matches come first.
   * @param page 1-based, PAGE_SIZE results a page; a page past the end has no results
   */
  search(query: string, page: number): Promise<SearchResults>;
};

/** @example renderPage("/topics/", catalogueContent(loadEdition())) */
export function catalogueContent(catalogue: Catalogue): Content {
  const index = storyIndex(catalogue);
  const documents = searchDocuments(catalogue);
  return {
    index: () => Promise.resolve(index),
    story: (slug) => Promise.resolve(storyData(catalogue, slug)),
    // The in-memory answer for the pre-render and the jsdom tests; the browser
    // asks the Pagefind index the build wrote (fetchedContent.ts).
    search: (query, page) => {
      const hits = search(index, documents, query);
      return Promise.resolve({
        total: hits.length,
        results: hits
          .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
          .map(({ entry, excerpt }) => ({
            story:
              entry.kind === "full"
                ? {
                    kind: "full",
                    slug: entry.slug,
                    headline: entry.headline,
                    section: entry.section,
                    published: entry.published,
                  }
                : entry,
            excerpt,
          })),
      });
    },
  };
}
