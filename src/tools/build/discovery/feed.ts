// lastBuildDate is the newest story's day, not the clock's, so an edition always gives the same file.
import { checkedAbsoluteUrl, calendarDate } from "./checks.ts";
import { literal, xmlDocument, xmlText, type XmlNode } from "./xml.ts";

export const ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";
export const DUBLIN_CORE_NAMESPACE = "http://purl.org/dc/elements/1.1/";

export type FeedItem = {
  title: string;
  /** Also the permanent guid. */
  url: string;
  /** Plain text: escaped as HTML, then XML, as readers render descriptions as HTML. */
  summary: string;
  published: string;
  categories: readonly string[];
  credit?: string;
};

export type FeedChannel = {
  title: string;
  description: string;
  siteUrl: string;
  feedUrl: string;
  language: string;
  items: readonly FeedItem[];
};

/**
 * @example rssFeed({ title: "Dateline", description: "News", siteUrl: "https://news.example.org/",
 *   feedUrl: "https://news.example.org/feed.xml", language: "en-US", items: [] })
 */
export function rssFeed(channel: FeedChannel): string {
  const items = channel.items.map((item, i) =>
    checkedItem(item, `items[${i}]`),
  );
  const document = xmlDocument();
  // Declared once on the root, so xmlbuilder2 reuses the prefixes instead of redeclaring them.
  const rss = document.ele("rss", {
    version: "2.0",
    "xmlns:atom": ATOM_NAMESPACE,
    "xmlns:dc": DUBLIN_CORE_NAMESPACE,
  });
  const channelNode = rss.ele("channel");
  channelNode.ele("title").txt(literal(channel.title));
  channelNode
    .ele("link")
    .txt(literal(checkedAbsoluteUrl(channel.siteUrl, "siteUrl")));
  channelNode.ele("description").txt(literal(channel.description));
  channelNode.ele("language").txt(literal(channel.language));
  const lastBuild = newest(items);
  if (lastBuild)
    channelNode.ele("lastBuildDate").txt(literal(lastBuild.pubDate));
  channelNode.ele(ATOM_NAMESPACE, "atom:link", {
    href: literal(checkedAbsoluteUrl(channel.feedUrl, "feedUrl")),
    rel: "self",
    type: "application/rss+xml",
  });
  for (const item of items) addItem(channelNode, item);
  return xmlText(document);
}

/** @example rfc822Date("2018-04-20") === "Fri, 20 Apr 2018 00:00:00 GMT" */
export function rfc822Date(iso: string, field = "date"): string {
  // toUTCString's format is fixed whatever the locale, and is RFC 822 with a four-digit year.
  return calendarDate(iso, field).toUTCString();
}

type CheckedItem = FeedItem & { pubDate: string };

function checkedItem(item: FeedItem, field: string): CheckedItem {
  return {
    ...item,
    url: checkedAbsoluteUrl(item.url, `${field}.url`),
    pubDate: rfc822Date(item.published, `${field}.published`),
  };
}

/** Undefined for an empty feed: there is no day to claim it was built on. */
function newest(items: readonly CheckedItem[]): CheckedItem | undefined {
  // Checked yyyy-mm-dd dates sort as strings.
  return items.reduce<CheckedItem | undefined>(
    (best, item) =>
      best === undefined || item.published > best.published ? item : best,
    undefined,
  );
}

function addItem(channel: XmlNode, item: CheckedItem): void {
  const entry = channel.ele("item");
  entry.ele("title").txt(literal(item.title));
  entry.ele("link").txt(literal(item.url));
  entry.ele("guid", { isPermaLink: "true" }).txt(literal(item.url));
  entry.ele("description").txt(literal(asHtmlText(item.summary)));
  entry.ele("pubDate").txt(literal(item.pubDate));
  for (const category of item.categories)
    entry.ele("category").txt(literal(category));
  if (item.credit !== undefined)
    entry.ele(DUBLIN_CORE_NAMESPACE, "dc:creator").txt(literal(item.credit));
}

function asHtmlText(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");
}
