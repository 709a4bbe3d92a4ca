/**
 * A story offline is two files: its page and its data file. Cached requests
 * are full URLs (the service worker's precache adds `?__WB_REVISION__=…`),
 * so these read a story back out of one, for every part of the page that
 * asks what is kept: saved copies, the download, the lists' marks.
 */
import { isCalendarDate, isRecord } from "../../content/checks.ts";
import { dataFile } from "../../content/dataFiles.ts";
import { storyPath, type StoryAddress } from "../../content/paths.ts";
import { isSlug } from "../../content/slug.ts";
import { basePath } from "../site.ts";

export type StoryFile =
  | { slug: string; file: "data" }
  /** `published` (yyyy-mm-dd) is in a full story's address; a brief's has none. */
  | { slug: string; file: "page"; published?: string };

const DATA_FILE = /^data\/stories\/([^/]+)\.json$/;
// A story's folder (section/yyyy/mm/dd/slug/) or a brief's (briefs/slug/),
// as paths.ts builds them, with or without the index.html a precache may list.
const STORY_PAGE =
  /^(?:[a-z0-9-]+\/(\d{4})\/(\d{2})\/(\d{2})|briefs)\/([^/]+)\/(?:index\.html)?$/;

/**
 * Which story file a URL is, if any: a site path ("/world/…/slug/") or a
 * cached request's full URL.
 * @example storyFile("https://x.org/data/stories/a.json?__WB_REVISION__=1") → { slug: "a", file: "data" }
 */
export function storyFile(
  url: string,
  base: string = basePath,
): StoryFile | undefined {
  const { pathname } = new URL(url, "http://site.invalid/");
  if (!pathname.startsWith(base)) return undefined;
  const path = pathname.slice(base.length);
  const data = DATA_FILE.exec(path);
  if (data)
    return isSlug(data[1]) ? { slug: data[1], file: "data" } : undefined;
  const page = STORY_PAGE.exec(path);
  if (!page || !isSlug(page[4])) return undefined;
  const [, year, month, day, slug] = page;
  return year
    ? { slug, file: "page", published: `${year}-${month}-${day}` }
    : { slug, file: "page" };
}

/** The URLs a story is kept under: its data file, then its page. */
export function storyUrls(
  address: StoryAddress,
  base: string = basePath,
): { data: string; page: string } {
  return {
    data: `${base}${dataFile.story(address.slug)}`,
    page: `${base}${storyPath(address).slice(1)}`,
  };
}

export type KeptStory = StoryAddress & { headline: string };

/**
 * The story a data file holds, read as `unknown`: a kept file may come from
 * an older build, so only what is needed here is checked and kept.
 * @example keptStory(await response.json())?.headline
 */
export function keptStory(data: unknown): KeptStory | undefined {
  const story = isRecord(data) ? data["story"] : undefined;
  if (!isRecord(story)) return undefined;
  const { kind, slug, headline, section, published } = story;
  if (!isSlug(slug) || typeof headline !== "string") return undefined;
  if (kind === "brief") return { kind, slug, headline };
  if (
    kind === "full" &&
    typeof section === "string" &&
    typeof published === "string" &&
    isCalendarDate(published)
  )
    return { kind, slug, headline, section, published };
  return undefined;
}
