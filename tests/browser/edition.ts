/**
 * The edition as the tests expect to see it, read from the story files
 * themselves, so every expectation about a page (its title, its h1, its
 * text) comes from the data and not from a copy typed into a test.
 */
import { shelves } from "../../src/content/archives.ts";
import { formatPeriod } from "../../src/content/dates.ts";
import { storyIndex } from "../../src/content/editionData.ts";
import { loadEdition } from "../../src/tools/build/loadEdition.ts";
import { topics } from "../../src/content/queries.ts";
import type { Brief, FullStory, Story } from "../../src/content/story.ts";
import {
  archivePath,
  homePath,
  savedPath,
  searchPath,
  storyPath,
  topicPath,
  topicsPath,
} from "../../src/content/paths.ts";

export const edition = loadEdition();

function first<T>(items: T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`the edition has no ${what}`);
  return item;
}

/**
 * The seed story: the edition's newest full story, which leads the front
 * page. Most tests read it; its URL and headline come from its file.
 */
export const seedStory: FullStory = first(edition.stories, "full story");
/** A brief (the first by headline), for tests that need any brief. */
export const aBrief: Brief = first(edition.briefs, "brief");

/**
 * The seed story's slug under the day after its date: an address a reader
 * may have mistyped, which the site redirects to the story.
 */
export const misdatedStoryPath = storyPath({
  ...seedStory,
  published: new Date(
    Date.parse(`${seedStory.published}T00:00:00Z`) + 86_400_000,
  )
    .toISOString()
    .slice(0, 10),
});

export type ExpectedPage = {
  path: string;
  title: string;
  h1: string;
  /** in the sitemap: every page but briefs, search and saved stories */
  indexable: boolean;
  story?: Story;
};

const titled = (name: string) => `${name} — Dateline`;

export const expectedPages: ExpectedPage[] = [
  {
    path: homePath,
    title: "Dateline",
    h1: "Dateline front page",
    indexable: true,
  },
  ...[...edition.stories, ...edition.briefs].map((story) => ({
    path: storyPath(story),
    title: titled(story.headline),
    h1: story.headline,
    indexable: story.kind === "full",
    story,
  })),
  // Every prefix of a story's URL: its section front, year, month and day.
  ...[...shelves(storyIndex(edition)).values()].map((shelf) => {
    const name = shelf.date
      ? `${shelf.section}: ${formatPeriod(shelf.date)}`
      : shelf.section;
    return {
      path: archivePath(shelf.section, shelf.date),
      title: titled(name),
      h1: name,
      indexable: true,
    };
  }),
  { path: topicsPath, title: titled("Topics"), h1: "Topics", indexable: true },
  ...topics(storyIndex(edition)).map((topic) => ({
    path: topicPath(topic.name),
    title: titled(topic.name),
    h1: topic.name,
    indexable: true,
  })),
  {
    path: searchPath(),
    title: titled("Search"),
    h1: "Search",
    indexable: false,
  },
  {
    path: savedPath,
    title: titled("Saved stories"),
    h1: "Saved stories",
    indexable: false,
  },
];
