// Always run through Vite, which fixes the origin and base path in site.ts.
import {
  sectionFeed,
  siteFeed,
  topicFeed,
  type FeedLink,
} from "../../../app/feeds.ts";
import { absoluteUrl, siteName } from "../../../app/site.ts";
import { shelves } from "../../../content/archives.ts";
import type { Catalogue } from "../../../content/catalogue.ts";
import { storyIndex, type StoryIndex } from "../../../content/editionData.ts";
import {
  archivePath,
  CARD_SIZE,
  cardPath,
  homePath,
  sectionPath,
  storyPath,
  topicPath,
  topicsPath,
} from "../../../content/paths.ts";
import { pageCount, topics } from "../../../content/queries.ts";
import { isSlug, slugify } from "../../../content/slug.ts";
import type { FullStory } from "../../../content/story.ts";
import { standfirst } from "../../../content/storyFacts.ts";
import { FEED_ITEM_LIMIT, rssFeed, type FeedItem } from "./feed.ts";
import { robotsTxt } from "./robots.ts";
import { storyHtml } from "./storyHtml.ts";
import { SITEMAP_FILE, SITEMAP_URL_LIMIT, sitemapFiles } from "./sitemap.ts";

/**
 * @param sitemapLimit URLs a sitemap file may list before the sitemap is split (the protocol's 50,000)
 * @example discoveryFiles(loadEdition()).map(({ file }) => file) // ["sitemap.xml", "feed.xml", "world/feed.xml", "topics/russia/feed.xml", …, "robots.txt"]
 */
export function discoveryFiles(
  edition: Catalogue,
  { sitemapLimit = SITEMAP_URL_LIMIT }: { sitemapLimit?: number } = {},
): { file: string; content: string }[] {
  const index = storyIndex(edition);
  const newest = edition.stories[0]?.published;
  // What search engines should index: not briefs (noindex, no text of their own) nor search results.
  const indexable = [
    { url: absoluteUrl(homePath), ...(newest && { lastModified: newest }) },
    ...edition.stories.map((story) => ({
      url: absoluteUrl(storyPath(story)),
      lastModified: story.published,
    })),
    // Every page of every archive: a day's stories never move, and a crawler
    // reaches a section's older stories through its later pages.
    ...[...shelves(index).values()].flatMap((shelf) =>
      Array.from({ length: pageCount(shelf.stories.length) }, (_, i) => ({
        url: absoluteUrl(archivePath(shelf.section, shelf.date, i + 1)),
        // A shelf is never empty: its newest story says when it last changed.
        ...(shelf.stories[0] && { lastModified: shelf.stories[0].published }),
      })),
    ),
    { url: absoluteUrl(topicsPath) },
    ...topics(index).map((topic) => ({
      url: absoluteUrl(topicPath(topic.name)),
    })),
  ];
  const sitemapUrl = absoluteUrl(`/${SITEMAP_FILE}`);
  return [
    ...sitemapFiles(indexable, (file) => absoluteUrl(`/${file}`), sitemapLimit),
    ...feedFiles(edition, index),
    { file: "robots.txt", content: robotsTxt(sitemapUrl) },
  ];
}

/**
 * The site's feed, then one per section and one per topic, each its newest
 * FEED_ITEM_LIMIT stories. Named and ordered from the edition alone, so the
 * same stories always give the same files, byte for byte.
 */
function feedFiles(
  edition: Catalogue,
  index: StoryIndex,
): { file: string; content: string }[] {
  const newest = (stories: readonly FullStory[]) =>
    stories.slice(0, FEED_ITEM_LIMIT);
  // A story is in several feeds; its text is written once.
  const items = new Map<string, FeedItem>();
  const itemOf = (story: FullStory) => {
    let item = items.get(story.slug);
    if (!item) {
      item = feedItem(story);
      items.set(story.slug, item);
    }
    return item;
  };
  const feed = (
    link: FeedLink,
    channel: { title: string; description: string },
    pagePath: string,
    stories: readonly FullStory[],
  ) => ({
    file: link.path.slice(1),
    content: rssFeed({
      ...channel,
      siteUrl: absoluteUrl(pagePath),
      feedUrl: absoluteUrl(link.path),
      language: "en-US",
      items: newest(stories).map(itemOf),
    }),
  });

  const fullStory = (slug: string) => {
    const story = edition.bySlug.get(slug);
    return story?.kind === "full" ? [story] : [];
  };
  // The sections and topics that have pages, as their pages find them.
  const sections = [...shelves(index).values()]
    .filter((shelf) => shelf.date === "")
    .map((shelf) => ({
      section: shelf.section,
      stories: shelf.stories
        .slice(0, FEED_ITEM_LIMIT)
        .flatMap((entry) => fullStory(entry.slug)),
    }));
  const onTopic = new Map<string, FullStory[]>();
  for (const story of edition.stories)
    for (const id of new Set(story.topics.map(slugify))) {
      const stories = onTopic.get(id) ?? [];
      if (stories.length < FEED_ITEM_LIMIT) stories.push(story);
      onTopic.set(id, stories);
    }

  return [
    // The site's feed keeps the site's name for its title, as readers list it.
    feed(
      siteFeed,
      { title: siteName, description: `The latest stories in ${siteName}.` },
      homePath,
      edition.stories,
    ),
    ...sections.map(({ section, stories }) => {
      const link = sectionFeed(section);
      return feed(
        link,
        {
          title: link.title,
          description: `The latest stories in ${siteName}'s ${section} section.`,
        },
        sectionPath(section),
        stories,
      );
    }),
    ...topics(index)
      .filter((topic) => isSlug(topic.id))
      .map((topic) => {
        const link = topicFeed(topic.name);
        return feed(
          link,
          {
            title: link.title,
            description: `The latest stories on ${topic.name} in ${siteName}.`,
          },
          topicPath(topic.name),
          onTopic.get(topic.id) ?? [],
        );
      }),
  ];
}

function feedItem(story: FullStory): FeedItem {
  return {
    title: story.headline,
    url: absoluteUrl(storyPath(story)),
    summary: standfirst(story),
    published: story.published,
    categories: story.topics,
    ...(story.credit && { credit: story.credit.organization }),
    // A site path in a story is written for the page; a reader elsewhere needs the whole address.
    content: storyHtml(story.body, (href) =>
      href.startsWith("/") ? absoluteUrl(href) : href,
    ),
    image: {
      url: absoluteUrl(cardPath(story.slug)),
      type: "image/png",
      ...CARD_SIZE,
    },
  };
}
