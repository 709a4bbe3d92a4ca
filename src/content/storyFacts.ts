/**
 * What a story's own text says about it, derived where it is needed (the
 * story page's loader, the feed, the JSON-LD) rather than stored beside it.
 */
import { plainText, type FullStory } from "./story.ts";

/**
 * Whole words in a story's text, for reading time and the JSON-LD.
 *
 * @example wordCount(story) === 412
 */
export function wordCount(story: FullStory): number {
  return story.body.reduce(
    (sum, p) => sum + plainText(p.inlines).split(/\s+/).filter(Boolean).length,
    0,
  );
}

/**
 * A story's first paragraph as plain text: the standfirst on lists, the meta
 * description and the feed's summary.
 *
 * @example standfirst(story) === "Russian Foreign Minister Sergey Lavrov said Friday…"
 */
export function standfirst(story: FullStory): string {
  const first = story.body[0];
  return first ? plainText(first.inlines) : "";
}
