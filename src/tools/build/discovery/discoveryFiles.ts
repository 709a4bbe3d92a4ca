// Always run through Vite, which fixes the origin and base path in site.ts.
import { absoluteUrl, siteName } from "../../../app/site.ts";
import type { Catalogue } from "../../../content/catalogue.ts";
import { storyIndex } from "../../../content/editionData.ts";
import {
  homePath,
  storyPath,
  topicPath,
  topicsPath,
} from "../../../content/paths.ts";
import { topics } from "../../../content/queries.ts";
import { standfirst } from "../../../content/storyFacts.ts";
import { rssFeed } from "./feed.ts";
import { robotsTxt } from "./robots.ts";
import { sitemapXml } from "./sitemap.ts";

/** @example discoveryFiles(loadEdition()).map(({ file }) => file) // ["sitemap.xml", "feed.xml", "robots.txt"] */
export function discoveryFiles(
  edition: Catalogue,
): { file: string; content: string }[] {
  const newest = edition.stories[0]?.published;
  // What search engines should index: not briefs (noindex, no text of their own) nor search results.
  const indexable = [
    { url: absoluteUrl(homePath), ...(newest && { lastModified: newest }) },
    ...edition.stories.map((story) => ({
      url: absoluteUrl(storyPath(story)),
      lastModified: story.published,
    })),
    { url: absoluteUrl(topicsPath) },
    ...topics(storyIndex(edition)).map((topic) => ({
      url: absoluteUrl(topicPath(topic.name)),
    })),
  ];
  const sitemapUrl = absoluteUrl("/sitemap.xml");
  return [
    { file: "sitemap.xml", content: sitemapXml(indexable) },
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
