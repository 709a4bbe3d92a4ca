/**
 * What the build writes for an edition: every page's path, and the
 * discovery files (sitemap, feed, robots.txt) that point crawlers and feed
 * readers at them. This is the entry of the pre-render bundle; build.ts reads
 * the stories from disk, hands them over here and does the writing.
 */
import type { Catalogue } from "../../../content/catalogue.ts";
import { catalogueContent } from "../../../content/content.ts";
import { storyIndex } from "../../../content/editionData.ts";
import { topics } from "../../../content/queries.ts";
import { rssFeed } from "../discovery/feed.ts";
import { robotsTxt } from "../discovery/robots.ts";
import { sitemapXml } from "../discovery/sitemap.ts";
import { standfirst } from "../../../content/storyFacts.ts";
import {
  homePath,
  storyPath,
  topicPath,
  topicsPath,
} from "../../../content/paths.ts";
import { absoluteUrl, siteName } from "../../../app/site.ts";

import { everyPath } from "../../../content/everyPath.ts";
import { renderPage } from "./renderPage.tsx";
import type { PrerenderBundle } from "./bundle.ts";

/**
 * Rendered for 404.html, which hosts serve at any unknown URL. Any path the
 * route table does not know will do; this one says what it is.
 */
const notFoundPath = "/404.html";

/** The pages and files of `edition`, whose pages' loaders answer from it. */
export function prepareEdition(edition: Catalogue): PrerenderBundle {
  const content = catalogueContent(edition);
  return {
    pagePaths: everyPath(storyIndex(edition)),
    notFoundPath,
    renderPage: (path) => renderPage(path, content),
    discoveryFiles: () => discoveryFiles(edition),
  };
}

function discoveryFiles(
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
