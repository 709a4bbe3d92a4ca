/**
 * schema.org descriptions of pages, for the JSON-LD that search engines and
 * some link previews read. Built in loaders from the story data, so the
 * article's structured data can never disagree with what the page shows.
 */
import { storyPath } from "../content/paths.ts";
import type { FullStory } from "../content/story.ts";
import { wordCount } from "../content/storyFacts.ts";
import { absoluteUrl, siteName } from "./site.ts";

/** @example structuredData: newsArticle(story, standfirst(story)) */
export function newsArticle(story: FullStory, description: string) {
  const url = absoluteUrl(storyPath(story));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: story.headline,
    description,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    datePublished: story.published,
    articleSection: story.section,
    keywords: story.topics,
    inLanguage: "en-US",
    wordCount: wordCount(story),
    isAccessibleForFree: true,
    publisher: {
      "@type": "NewsMediaOrganization",
      name: siteName,
      url: absoluteUrl("/"),
    },
    ...(story.credit && {
      creditText: `${story.credit.role}: ${story.credit.organization}`,
      sourceOrganization: {
        "@type": "Organization",
        name: story.credit.organization,
      },
    }),
  };
}
