// Always run through Vite, which fixes the origin and base path in site.ts.
import { absoluteUrl, siteName } from "../../../app/site.ts";
import { shelves } from "../../../content/archives.ts";
import type { Catalogue } from "../../../content/catalogue.ts";
import { storyIndex } from "../../../content/editionData.ts";
import {
  archivePath,
  homePath,
  storyPath,
  topicPath,
  topicsPath,
} from "../../../content/paths.ts";
import { pageCount, topics } from "../../../content/queries.ts";
import { standfirst } from "../../../content/storyFacts.ts";
import { rssFeed } from "./feed.ts";
import { robotsTxt } from "./robots.ts";
import { SITEMAP_FILE, SITEMAP_URL_LIMIT, sitemapFiles } from "./sitemap.ts";

/**
 * @param sitemapLimit URLs a sitemap file may list before the sitemap is split (the protocol's 50,000)
 * @example discoveryFiles(loadEdition()).map(({ file }) => file) // ["sitemap.xml", "feed.xml", "robots.txt"]
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
    {
      file: "feed.xml",
      content: rssFeed({
        title: siteName,
        description: `The latest stories in ${siteName}.`,
        siteUrl: absoluteUrl(homePath),
        feedUrl: absoluteUrl("/feed.xml"),
        language: "en-US",
        items: edition.stories.map((story) => ({
          title: story.headline,
          url: absoluteUrl(storyPath(story)),
          summary: standfirst(story),
          published: story.published,
          categories: story.topics,
          ...(story.credit && {
            credit: story.credit.organization,
          }),
        })),
      }),
    },
    { file: "robots.txt", content: robotsTxt(sitemapUrl) },
  ];
}
