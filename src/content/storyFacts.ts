import { plainText, type FullStory } from "./story.ts";

/** @example wordCount(story) === 412 */
export function wordCount(story: FullStory): number {
  return story.body.reduce(
    (sum, p) => sum + plainText(p.inlines).split(/\s+/).filter(Boolean).length,
    0,
  );
}

/**
 * @example standfirst(story) === "Russian Foreign Minister Sergey Lavrov said Friday…"
 */
export function standfirst(story: FullStory): string {
  const first = story.body[0];
  return first ? plainText(first.inlines) : "";
}
