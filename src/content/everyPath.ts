// Apart from paths.ts so the URL builders every page uses do not pull the list queries in.
import type { StoryIndex } from "./editionData.ts";
import { shelves } from "./archives.ts";
import { fullStories, pageCount, topics } from "./queries.ts";
import {
  archivePath,
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
    ...[...shelves(index).values()].flatMap((shelf) =>
      pages(shelf.stories.length, (page) =>
        archivePath(shelf.section, shelf.date, page),
      ),
    ),
    topicsPath,
    ...topics(index).flatMap((topic) =>
      pages(topic.count, (page) => topicPath(topic.name, page)),
    ),
    searchPath(),
    savedPath,
  ];
}
