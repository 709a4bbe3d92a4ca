/**
 * Every URL the app makes. Links, the route table's tests, the list of pages
 * to pre-render and share tags all build URLs here, so a URL scheme changes in
 * one place.
 *
 * Every page path ends with a slash. The build writes each page as
 * `<path>/index.html`, and static hosts serve that at `<path>/` but redirect
 * `<path>` there with a 301; linking the slashed form skips the redirect and
 * keeps links, canonical URLs, the sitemap and the files in agreement.
 * Paths are relative to the site's base path (the router adds it).
 */
import type { Catalogue } from "./content/catalogue.ts";
import { topics } from "./content/catalogue.ts";
import { slugify } from "./content/slug.ts";
import type { Story } from "./content/story.ts";

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
export function storyPath(story: Story): string {
  if (story.kind === "brief") return `/briefs/${story.slug}/`;
  const [year, month, day] = story.published.split("-");
  return `/${slugify(story.section)}/${year}/${month}/${day}/${story.slug}/`;
}

/** @example topicPath("Donald Trump") === "/topics/donald-trump/" */
export function topicPath(name: string): string {
  return `/topics/${slugify(name)}/`;
}

/** @example searchPath("lavrov") === "/search/?q=lavrov" */
export function searchPath(query = ""): string {
  const q = query.trim();
  return q ? `/search/?${new URLSearchParams({ q }).toString()}` : "/search/";
}

/** Every page of the edition, for pre-rendering and for tests that visit them all. */
export function everyPath(catalogue: Catalogue): string[] {
  return [
    homePath,
    ...catalogue.stories.map(storyPath),
    ...catalogue.briefs.map(storyPath),
    topicsPath,
    ...topics(catalogue).map((topic) => topicPath(topic.name)),
    searchPath(),
    savedPath,
  ];
}
