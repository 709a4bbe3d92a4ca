/**
 * The feeds the build writes and pages link to, named once here so a page's
 * <link rel="alternate"> and the feed it points to always agree.
 */
import {
  feedPath,
  homePath,
  sectionPath,
  topicPath,
} from "../content/paths.ts";
import { siteName } from "./site.ts";

/** The feed's channel description is the build's alone (discoveryFiles.ts): pages never show it. */
export type FeedLink = {
  path: string;
  /** What a reader's browser or feed reader offers to subscribe to. */
  title: string;
};

export const siteFeed: FeedLink = {
  path: feedPath(homePath),
  title: `${siteName}: latest stories`,
};

/** @example topicFeed("Russia") → { path: "/topics/russia/feed.xml", title: "Dateline: stories on Russia" } */
export function topicFeed(name: string): FeedLink {
  return {
    path: feedPath(topicPath(name)),
    title: `${siteName}: stories on ${name}`,
  };
}

/** @example sectionFeed("World") → { path: "/world/feed.xml", title: "Dateline: World section" } */
export function sectionFeed(section: string): FeedLink {
  return {
    path: feedPath(sectionPath(section)),
    title: `${siteName}: ${section} section`,
  };
}
