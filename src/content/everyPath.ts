/**
 * Every page of the edition, for the pre-render and for tests that visit them
 * all. Kept apart from paths.ts: it needs the list queries, which the URL
 * builders every page uses should not pull into the browser's shared code.
 */
import type { StoryIndex } from "./editionData.ts";
import { fullStories, pageCount, topics } from "./queries.ts";
import {
  frontPagePath,
  storyPath,
  topicsPath,
  topicPath,
  searchPath,
  savedPath,
} from "./paths.ts";

export function everyPath(index: StoryIndex): string[] {
  const pages = (count: number, path: (page: number) => string) =>
    Array.from({ length: pageCount(count) }, (_, i) => path(i + 1));
  return [
    ...pages(fullStories(index).length, frontPagePath),
    ...index.map(storyPath),
    topicsPath,
    ...topics(index).flatMap((topic) =>
      pages(topic.count, (page) => topicPath(topic.name, page)),
    ),
    searchPath(),
    savedPath,
  ];
}
