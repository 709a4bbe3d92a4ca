/** Shapes stories into what lists and links show, in loaders, so components get plain props. */
import { formatDate } from "../content/dates.ts";
import type { IndexEntry } from "../content/editionData.ts";
import { storyPath, type StoryAddress } from "../content/paths.ts";
import type { Story } from "../content/story.ts";
import { standfirst } from "../content/storyFacts.ts";
import type { DateLabel } from "./components/PublishedDate.tsx";
import type { Teaser } from "./components/StoryCard.tsx";
import type { ListedStory } from "./components/StoryList.tsx";

/** @example dateLabel("2018-04-20") → { iso: "2018-04-20", label: "April 20, 2018" } */
export function dateLabel(iso: string): DateLabel {
  return { iso, label: formatDate(iso) };
}

/**
 * Anything with a story's address and headline: a story, an index entry, a search result's meta.
 * @example teaser(brief) → { slug, headline, path: "/briefs/…", kind: "brief" }
 */
export function teaser(story: StoryAddress & { headline: string }): Teaser {
  const base = {
    slug: story.slug,
    headline: story.headline,
    path: storyPath(story),
  };
  return story.kind === "full"
    ? {
        ...base,
        kind: "full",
        section: story.section,
        published: dateLabel(story.published),
      }
    : { ...base, kind: "brief" };
}

/**
 * The standfirst only when the story itself is at hand: the index carries no
 * text, so a page of a thousand-story list stays small.
 */
export function listed(story: Story | IndexEntry): ListedStory {
  return story.kind === "full" && "body" in story
    ? { teaser: teaser(story), summary: standfirst(story) }
    : { teaser: teaser(story) };
}
