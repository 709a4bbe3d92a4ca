/**
 * The RSS 2.0 feed: the newest stories for feed readers. Pure and
 * deterministic: the build date is the newest story's day, not the clock's,
 * so the same edition always produces the same file.
 */
import { checkedAbsoluteUrl, calendarDate } from "./checks.ts";
import { literal, xmlDocument, xmlText, type XmlNode } from "./xml.ts";

export const ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";
export const DUBLIN_CORE_NAMESPACE = "http://purl.org/dc/elements/1.1/";

export type FeedItem = {
  title: string;
  /** Absolute http(s) URL of the story; also its permanent guid. */
  url: string;
  /**
   * Plain text. RSS readers render an item's description as HTML, so it is
   * escaped as HTML first (then as XML): "<b>" in a story shows as "<b>".
   */
  summary: string;
  /** yyyy-mm-dd */
  published: string;
  categories: readonly string[];
  /** Who wrote or supplied the story; written as dc:creator. */
  credit?: string;
};

export type FeedChannel = {
  title: string;
  description: string;
  /** Absolute URL of the site's front page. */
  siteUrl: string;
  /** Absolute URL the feed itself is served from. */
  feedUrl: string;
  /** e.g. "en-US" */
  language: string;
  /** In the order readers should list them, usually newest first. */
  items: readonly FeedItem[];
};

/**
 * @throws DiscoveryDataError for a URL that is not absolute http(s) or a date
 * that is not a real yyyy-mm-dd day
 * @example rssFeed({ title: "Dateline", description: "News", siteUrl: "https://news.example.org/",
 *   feedUrl: "https://news.example.org/feed.xml", language: "en-US", items: [] })
 */
export function rssFeed(channel: FeedChannel): string {
  const items = channel.items.map((item, i) =>
    checkedItem(item, `items[${i}]`),
  );
  const document = xmlDocument();
  // Prefixes are declared once on the root; xmlbuilder2 then reuses them for
  // elements created in those namespaces instead of redeclaring each time.
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

/**
 * A calendar date as RFC 822 has it, at midnight UTC.
 * @throws DiscoveryDataError unless `iso` is a real yyyy-mm-dd day
 * @example rfc822Date("2018-04-20") === "Fri, 20 Apr 2018 00:00:00 GMT"
 */
export function rfc822Date(iso: string, field = "date"): string {
  // ECMAScript fixes toUTCString's format, whatever the locale, and it is
  // RFC 822's with the four-digit year RSS readers expect.
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

/** Plain text as HTML that shows exactly that text. */
function asHtmlText(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");
}
