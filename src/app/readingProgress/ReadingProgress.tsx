import { useReadingProgress } from "../reader/useReadingProgress.ts";
import type { StoryToolProps } from "../readingTools/tools.ts";

/** Remembers how far the reader is, for "continue reading". */
export function ReadingProgress({ story }: StoryToolProps) {
  useReadingProgress(story.slug);
  return null;
}
