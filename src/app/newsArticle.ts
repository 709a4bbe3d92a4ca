/**
 * schema.org descriptions of pages, for the JSON-LD that search engines and
 * some link previews read. Built in loaders from the story data, so the
 * article's structured data can never disagree with what the page shows.
 */
import { archiveTrail } from "../content/archiveTrail.ts";
import { CARD_SIZE, cardPath, storyPath } from "../content/paths.ts";
import type { FullStory } from "../content/story.ts";
import { wordCount } from "../content/storyFacts.ts";
import { absoluteUrl, siteName } from "./site.ts";

/**
 * The one rule for when a story came out. Its data has a day, not a time, so
 * it is taken as noon UTC of that day: the same calendar day from UTC−12 to
 * UTC+11, so a feed reader or search result showing it in local time shows
 * the day the page shows. Midnight UTC would be the evening before across the
 * Americas. Page heads, JSON-LD and feeds all write it through here.
 * @param day yyyy-mm-dd, as a story's `published`
 * @example publishedTime("2018-04-20") === "2018-04-20T12:00:00Z"
 */
export function publishedTime(day: string): string {
  return `${day}T12:00:00Z`;
}

/** The newsroom's logo for `publisher`: the largest of the icons the build draws (offline/icons.ts). */
const LOGO = { path: "/icons/icon-512.png", width: 512, height: 512 };

/**
 * A brief has none: it has no text or date of its own to describe, and asks
 * not to be indexed, so there is no article for a search engine to read.
 * @example structuredData: newsArticle(story, standfirst(story))
 */
export function newsArticle(story: FullStory, description: string) {
  const url = absoluteUrl(storyPath(story));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: story.headline,
    description,
    url,
    image: imageObject(cardPath(story.slug), CARD_SIZE),
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
    datePublished: publishedTime(story.published),
    articleSection: story.section,
    keywords: story.topics,
    inLanguage: "en-US",
    wordCount: wordCount(story),
    isAccessibleForFree: true,
    publisher: {
      "@type": "NewsMediaOrganization",
      name: siteName,
      url: absoluteUrl("/"),
      logo: imageObject(LOGO.path, LOGO),
    },
    ...(story.credit && {
      // Our stories carry no byline; the credit ("Contributing: The
      // Associated Press") is the only source they name. Search engines and
      // preview services read `author` and nothing else (not `contributor`,
      // not `sourceOrganization`), so without it a credited story shows no
      // source at all. The agency goes there as an Organization, never a
      // Person, and creditText keeps the credit's own words, so its role
      // ("Contributing") is stated where the data is read, not overstated.
      author: [{ "@type": "Organization", name: story.credit.organization }],
      creditText: `${story.credit.role}: ${story.credit.organization}`,
      sourceOrganization: {
        "@type": "Organization",
        name: story.credit.organization,
      },
    }),
  };
}

function imageObject(
  path: string,
  { width, height }: { width: number; height: number },
) {
  return { "@type": "ImageObject", url: absoluteUrl(path), width, height };
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
