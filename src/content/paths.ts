/**
 * Every URL the app makes. Links, the route table's tests, the list of pages
 * to pre-render (content/everyPath.ts) and share tags all build URLs here, so a URL scheme changes in
 * one place.
 *
 * Every page path ends with a slash. The build writes each page as
 * `<path>/index.html`, and static hosts serve that at `<path>/` but redirect
 * `<path>` there with a 301; linking the slashed form skips the redirect and
 * keeps links, canonical URLs, the sitemap and the files in agreement.
 * Paths are relative to the site's base path (the router adds it).
 */
import { slugify } from "./slug.ts";

/** What a story's URL is made of: a full story or its index entry will do. */
export type StoryAddress =
  | { kind: "full"; slug: string; section: string; published: string }
  | { kind: "brief"; slug: string };

export const homePath = "/";
export const topicsPath = "/topics/";
/** This device's reading list: one page for everyone, filled in by the browser. */
export const savedPath = "/saved/";

/**
 * A full story lives at /<section>/<yyyy>/<mm>/<dd>/<slug>, which reads well
 * when shared and sorts by date; a brief has no date, so it lives at
 * /briefs/<slug> and never needs one invented.
 *
 * @example storyPath(seed) === "/world/2018/04/20/russia-trump-promised-…/"
 */
export function storyPath(story: StoryAddress): string {
  if (story.kind === "brief") return `/briefs/${story.slug}/`;
  const [year, month, day] = story.published.split("-");
  return `/${slugify(story.section)}/${year}/${month}/${day}/${story.slug}/`;
}

/**
 * Page 1 of a list is the list's own URL; later pages add /page/<n>/.
 *
 * @example pagedPath("/topics/russia/", 2) === "/topics/russia/page/2/"
 */
function pagedPath(path: string, page: number): string {
  return page === 1 ? path : `${path}page/${page}/`;
}

/** @example frontPagePath(3) === "/page/3/" */
export function frontPagePath(page = 1): string {
  return pagedPath(homePath, page);
}

/** @example topicPath("Donald Trump") === "/topics/donald-trump/" */
export function topicPath(name: string, page = 1): string {
  return pagedPath(`/topics/${slugify(name)}/`, page);
}

/** @example searchPath("lavrov") === "/search/?q=lavrov" */
export function searchPath(query = ""): string {
  const q = query.trim();
  return q ? `/search/?${new URLSearchParams({ q }).toString()}` : "/search/";
}

/**
 * A paragraph's id and fragment, from its 1-based position: the same in every
 * build, though editing a story moves later ones, as page numbers move.
 * @example paragraphAnchor(4) === "p-4" // linked as `${storyUrl}#p-4`
 */
export function paragraphAnchor(position: number): string {
  return `p-${position}`;
}

// Exactly what paragraphAnchor writes, so p-0 and p-04 name no paragraph.
const PARAGRAPH_ANCHOR = /^#?p-([1-9]\d*)$/;

/** @example paragraphPosition("#p-4") === 4 && paragraphPosition("p-0") === undefined */
export function paragraphPosition(anchor: string): number | undefined {
  const digits = PARAGRAPH_ANCHOR.exec(anchor)?.[1];
  const position = Number(digits);
  return digits !== undefined && Number.isSafeInteger(position)
    ? position
    : undefined;
}
