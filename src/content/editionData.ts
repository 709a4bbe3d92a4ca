// One data file per need, so no page pays for the whole catalogue. The build and content.ts
// both call these functions, so the files and the in-memory answers cannot drift apart.
import {
  getStory,
  mentioning,
  relatedTo,
  type Catalogue,
} from "./catalogue.ts";
import { plainText, type Brief, type FullStory, type Story } from "./story.ts";

export type IndexEntry =
  | (Pick<
      FullStory,
      "kind" | "slug" | "headline" | "published" | "section" | "topics"
    > & {
      /** How many paragraphs: "Continue reading" says how far in a reader is. */
      paragraphs: number;
    })
  | Brief;

export type StoryIndex = IndexEntry[];

export type StoryData = {
  story: Story;
  related: IndexEntry[];
  mentionedIn: IndexEntry[];
};

export type SearchDocument = { slug: string; paragraphs: string[] };

/** Relative to the site's base path. */
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
