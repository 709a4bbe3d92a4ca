/**
 * The edition as the data files a reader's browser fetches, one per need, so
 * that no page pays for the whole catalogue:
 *
 * - `data/index.json`: every story and brief as lists show them (no text);
 * - `data/stories/<slug>.json`: one story with what its page shows beside it;
 * - `data/search.json`: every story's text, fetched by the search page only.
 *
 * The build writes them from the checked catalogue; the dev server, the
 * pre-render and the tests answer the same questions from it directly (see
 * content.ts). Both sides call these functions, so they cannot drift apart.
 */
import {
  getStory,
  mentioning,
  relatedTo,
  type Catalogue,
} from "./catalogue.ts";
import { plainText, type Brief, type FullStory, type Story } from "./story.ts";

/** A story as lists, links and the reading list need it. */
export type IndexEntry =
  | (Pick<
      FullStory,
      "kind" | "slug" | "headline" | "published" | "section" | "topics"
    > & {
      /** How many paragraphs: "Continue reading" says how far in a reader is. */
      paragraphs: number;
    })
  | Brief;

/** Full stories newest first, then briefs by headline: the catalogue's order. */
export type StoryIndex = IndexEntry[];

/** Everything a story's page shows: the story and its neighbours as teasers. */
export type StoryData = {
  story: Story;
  /** The stories a full story lists as related, in its order. */
  related: IndexEntry[];
  /** The full stories that mention this one among their related stories. */
  mentionedIn: IndexEntry[];
};

/** A full story's searchable text, one string per paragraph. */
export type SearchDocument = { slug: string; paragraphs: string[] };

/** Where each data file lives, relative to the site's base path. */
export const dataFile = {
  index: "data/index.json",
  search: "data/search.json",
  story: (slug: string) => `data/stories/${slug}.json`,
};

export function indexEntry(story: Story): IndexEntry {
  if (story.kind === "brief")
    return { kind: "brief", slug: story.slug, headline: story.headline };
  return {
    kind: "full",
    slug: story.slug,
    headline: story.headline,
    published: story.published,
    section: story.section,
    topics: story.topics,
    paragraphs: story.body.length,
  };
}

export function storyIndex(catalogue: Catalogue): StoryIndex {
  return [...catalogue.stories, ...catalogue.briefs].map(indexEntry);
}

export function storyData(
  catalogue: Catalogue,
  slug: string,
): StoryData | undefined {
  const story = getStory(catalogue, slug);
  if (!story) return undefined;
  return {
    story,
    related:
      story.kind === "full" ? relatedTo(catalogue, story).map(indexEntry) : [],
    mentionedIn: mentioning(catalogue, slug).map(indexEntry),
  };
}

export function searchDocuments(catalogue: Catalogue): SearchDocument[] {
  return catalogue.stories.map((story) => ({
    slug: story.slug,
    paragraphs: story.body.map((p) => plainText(p.inlines)),
  }));
}

/** Every data file of the edition with its content, for the build to write. */
export function editionDataFiles(
  catalogue: Catalogue,
): { file: string; data: unknown }[] {
  return [
    { file: dataFile.index, data: storyIndex(catalogue) },
    { file: dataFile.search, data: searchDocuments(catalogue) },
    ...[...catalogue.stories, ...catalogue.briefs].map((story) => ({
      file: dataFile.story(story.slug),
      data: storyData(catalogue, story.slug),
    })),
  ];
}
