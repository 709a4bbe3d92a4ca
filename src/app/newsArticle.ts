/**
 * schema.org descriptions of pages, for the JSON-LD that search engines and
 * some link previews read. Built in loaders from the story data, so the
 * article's structured data can never disagree with what the page shows.
 */
import { archiveTrail } from "../content/archiveTrail.ts";
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
    // The page the article is the main entity of carries the breadcrumb, as
    // schema.org's WebPage.breadcrumb has it: still one NewsArticle, top level.
    mainEntityOfPage: {
      "@type": "WebPage",
      "@id": url,
      breadcrumb: breadcrumbList([
        ...archiveTrail(story.section, story.published),
        { name: story.headline, path: storyPath(story) },
      ]),
    },
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

/**
 * Absolute URLs, positions from 1, as search engines read a BreadcrumbList.
 * @example breadcrumbList([{ name: "Front page", path: "/" }, { name: "World", path: "/world/" }])
 */
export function breadcrumbList(
  steps: readonly { name: string; path: string }[],
) {
  return {
    "@type": "BreadcrumbList",
    itemListElement: steps.map((step, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: step.name,
      item: absoluteUrl(step.path),
    })),
  };
}
