import { useContext, useEffect, useState } from "react";
import type { StoryIndex } from "../../content/editionData.ts";
import { storyPath } from "../../content/paths.ts";
import { fullStories } from "../../content/queries.ts";
import type { ReadingProgress } from "./readerData.ts";
import { useReader } from "./useReader.ts";
import { ContentSource } from "../contentContext.ts";

/** How many half-read stories the front page offers to go back to. */
const SHOWN = 3;

export type UnfinishedStory = {
  slug: string;
  headline: string;
  path: string;
  paragraphs: number;
  place: ReadingProgress;
};

/**
 * Stories this browser is part-way through, most recently read first. The
 * places live only in this browser, so no loader can know them: the list
 * appears after hydration, from the index (fetched once, shared with every
 * list page). Without the index it stays empty; it is a convenience.
 */
export function useUnfinishedStories(enabled: boolean): UnfinishedStory[] {
  const { progress } = useReader();
  const content = useContext(ContentSource);
  const [index, setIndex] = useState<StoryIndex>();
  const wanted = enabled && progress.size > 0;
  useEffect(() => {
    if (!wanted || !content) return;
    let live = true;
    content.index().then(
      (loaded) => live && setIndex(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, content]);
  if (!wanted || !index) return [];
  return fullStories(index)
    .flatMap((story) => {
      const place = progress.get(story.slug);
      return place && place.paragraph > 1 && place.paragraph < story.paragraphs
        ? [{ ...story, path: storyPath(story), place }]
        : [];
    })
    .sort((a, b) => b.place.at.localeCompare(a.place.at))
    .slice(0, SHOWN);
}
