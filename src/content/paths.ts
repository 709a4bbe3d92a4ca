// Every page path ends with a slash: static hosts serve `<path>/index.html` at `<path>/` and 301 `<path>`.
// Paths are relative to the site's base path (the router adds it).
import { isSlug, slugify } from "./slug.ts";

export type StoryAddress =
  | { kind: "full"; slug: string; section: string; published: string }
  | { kind: "brief"; slug: string };

export const homePath = "/";
export const topicsPath = "/topics/";
export const savedPath = "/saved/";

/**
 * A brief has no date, so it lives at /briefs/<slug> and never needs one invented.
 * @example storyPath(seed) === "/world/2018/04/20/russia-trump-promised-…/"
 */
export function storyPath(story: StoryAddress): string {
  const slug = segment(story.slug, story.slug);
  if (story.kind === "brief") return `/briefs/${slug}/`;
  return `${archivePath(story.section, story.published)}${slug}/`;
}

/**
 * A path segment made of a slug, never an empty one: "/topics//" is no page,
 * and "//2018/" in a link is another host. Story data is checked so this never
 * throws on a build; it stops a bug from writing such a link.
 */
function segment(slug: string, name: string): string {
  if (!isSlug(slug))
    throw new Error(
      `${JSON.stringify(name)} has no address: its slug is ${JSON.stringify(slug)}`,
    );
  return slug;
}

/** What archivePath takes as a date: "", a year, a month or a day of the ISO form. */
const ARCHIVE_DATE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;

/**
 * Every prefix of a story's URL is a page: its section's front, and the
 * section's stories of a year, a month or a day.
 * @param date "2018", "2018-04" or "2018-04-20" (a story's `published`); "" for the section front
 * @example archivePath("World", "2018-04") === "/world/2018/04/" && archivePath("World", "2018-04-20", 2) === "/world/2018/04/20/page/2/"
 */
export function archivePath(section: string, date = "", page = 1): string {
  if (!ARCHIVE_DATE.test(date))
    throw new Error(`${JSON.stringify(date)} is not a year, month or day`);
  const parts = date === "" ? [] : date.split("-");
  const path = [segment(slugify(section), section), ...parts];
  return pagedPath(`/${path.join("/")}/`, page);
}

/** @example sectionPath("World") === "/world/" && sectionPath("World", 3) === "/world/page/3/" */
export function sectionPath(section: string, page = 1): string {
  return archivePath(section, "", page);
}

/** @example pagedPath("/topics/russia/", 2) === "/topics/russia/page/2/" */
function pagedPath(path: string, page: number): string {
  return page === 1 ? path : `${path}page/${page}/`;
}

/** @example frontPagePath(3) === "/page/3/" */
export function frontPagePath(page = 1): string {
  return pagedPath(homePath, page);
}

/** @example topicPath("Donald Trump") === "/topics/donald-trump/" */
export function topicPath(name: string, page = 1): string {
  return pagedPath(`/topics/${segment(slugify(name), name)}/`, page);
}

/** @example searchPath("lavrov") === "/search/?q=lavrov" && searchPath("lavrov", 2) === "/search/?q=lavrov&page=2" */
export function searchPath(query = "", page = 1): string {
  const q = query.trim();
  if (!q) return "/search/";
  const params = new URLSearchParams({ q });
  if (page > 1) params.set("page", String(page));
  return `/search/?${params.toString()}`;
}

/**
 * Editing a story moves later anchors, as page numbers move.
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

/** Share cards are drawn this size, the one every large link preview crops to 1.91:1. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * A story's share card, a PNG the build draws from its headline, section and date.
 * @example cardPath("lavrov-rejects-claptrap") === "/cards/lavrov-rejects-claptrap.png"
 */
export function cardPath(slug: string): string {
  return `/cards/${slug}.png`;
}

/** The site's own card, for every page that is not a story: outside /cards/, so no slug can take it. */
export const siteCardPath = "/card.png";

/**
 * A list's feed sits in its folder, so the front page's is the site's feed.
 * @param listPath the first page of a list: the front page, a topic or a section
 * @example feedPath(homePath) === "/feed.xml" && feedPath(topicPath("Russia")) === "/topics/russia/feed.xml"
 */
export function feedPath(listPath: string): string {
  return `${listPath}feed.xml`;
}
