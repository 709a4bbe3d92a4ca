// One data file per need, so no page pays for the whole catalogue. The build and content.ts
// both call these functions, so the files and the in-memory answers cannot drift apart.
import {
  getStory,
  mentioning,
  relatedTo,
  type Catalogue,
} from "./catalogue.ts";
import type { RelatedStory } from "./related.ts";
import { dataFile } from "./dataFiles.ts";
import { isCalendarDate } from "./checks.ts";
import type { StoryAddress } from "./paths.ts";
import { isSlug } from "./slug.ts";
import type { Brief, FullStory, Story } from "./story.ts";

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

/** A related story, and whether the editor picked it or its likeness did: the sidebar labels the two. */
export type RelatedEntry = IndexEntry & { chosenBy: RelatedStory["chosenBy"] };

export type StoryData = {
  story: Story;
  /** The editor's picks first, then similar stories. */
  related: RelatedEntry[];
  mentionedIn: IndexEntry[];
};

/** What a search result shows as a teaser, and all of it: the browser fetches nothing else for it. */
export type SearchEntry = StoryAddress & { headline: string };

/** The names the search index keeps a story's teaser under (Pagefind's "meta"). */
const SEARCH_META = ["kind", "slug", "headline", "section", "published"];

/**
 * Written into the index at build time; read back by `searchEntry` in the browser.
 * @example searchMeta(brief) → Map { "kind" => "brief", "slug" => "…", "headline" => "…" }
 */
export function searchMeta(story: Story): Map<string, string> {
  const meta = new Map([
    ["kind", story.kind],
    ["slug", story.slug],
    ["headline", story.headline],
  ]);
  if (story.kind === "full") {
    meta.set("section", story.section);
    meta.set("published", story.published);
  }
  return meta;
}

/**
 * The teaser a search result's meta describes, or undefined if it is not one
 * `searchMeta` wrote (an index from another build, say).
 * @example searchEntry({ kind: "brief", slug: "a", headline: "A" }) → { kind: "brief", slug: "a", headline: "A" }
 */
export function searchEntry(
  meta: Readonly<Record<string, unknown>>,
): SearchEntry | undefined {
  const field = (name: string) => {
    const value = Object.hasOwn(meta, name) ? meta[name] : undefined;
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  const [kind, slug, headline, section, published] = SEARCH_META.map(field);
  // The slug and date become a link's path, so only what the build writes gets through.
  if (!isSlug(slug) || !headline) return undefined;
  if (kind === "brief") return { kind, slug, headline };
  if (kind === "full" && section && published && isCalendarDate(published))
    return { kind, slug, headline, section, published };
  return undefined;
}

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
      story.kind === "full"
        ? relatedTo(catalogue, story).map(({ story: related, chosenBy }) => ({
            ...indexEntry(related),
            chosenBy,
          }))
        : [],
    mentionedIn: mentioning(catalogue, slug).map(indexEntry),
  };
}

export function editionDataFiles(
  catalogue: Catalogue,
): { file: string; data: unknown }[] {
  return [
    { file: dataFile.index, data: storyIndex(catalogue) },
    ...[...catalogue.stories, ...catalogue.briefs].map((story) => ({
      file: dataFile.story(story.slug),
      data: storyData(catalogue, story.slug),
    })),
  ];
}
