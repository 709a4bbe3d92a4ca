// lastBuildDate is the newest story's day, not the clock's, so an edition always gives the same file.
import { publishedTime } from "../../../app/newsArticle.ts";
import { checkedAbsoluteUrl, calendarDate } from "./checks.ts";
import { htmlText } from "./storyHtml.ts";
import { literal, xmlDocument, xmlText, type XmlNode } from "./xml.ts";

export const ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";
export const DUBLIN_CORE_NAMESPACE = "http://purl.org/dc/elements/1.1/";
/** content:encoded, where feed readers look for an item's full text. */
export const CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/";
/** Media RSS: media:content is the picture Feedly, Inoreader and most readers show for an item. */
export const MEDIA_NAMESPACE = "http://search.yahoo.com/mrss/";

/**
 * The most items one feed carries. Readers poll feeds and want what is new;
 * an archive of thousands would make every poll download all of it.
 */
export const FEED_ITEM_LIMIT = 50;

export type FeedImage = {
  url: string;
  /** A MIME type, e.g. "image/png". */
  type: string;
  width: number;
  height: number;
};

export type FeedItem = {
  title: string;
  /** Also the permanent guid. */
  url: string;
  /** Plain text: escaped as HTML, then XML, as readers render descriptions as HTML. */
  summary: string;
  published: string;
  categories: readonly string[];
  credit?: string;
  /** HTML the feed's own code wrote (storyHtml.ts), never markup from data; escaped again as XML here. */
  content?: string;
  image?: FeedImage;
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
    "xmlns:content": CONTENT_NAMESPACE,
    "xmlns:dc": DUBLIN_CORE_NAMESPACE,
    "xmlns:media": MEDIA_NAMESPACE,
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
 * When a story of that day came out, by the one rule in publishedTime.
 * @example rfc822Date("2018-04-20") === "Fri, 20 Apr 2018 12:00:00 GMT"
 */
export function rfc822Date(iso: string, field = "date"): string {
  calendarDate(iso, field);
  // toUTCString's format is fixed whatever the locale, and is RFC 822 with a four-digit year.
  return new Date(publishedTime(iso)).toUTCString();
}

type CheckedItem = FeedItem & { pubDate: string };

function checkedItem(item: FeedItem, field: string): CheckedItem {
  if (item.image) checkedAbsoluteUrl(item.image.url, `${field}.image.url`);
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
  entry.ele("description").txt(literal(htmlText(item.summary)));
  // Escaped text, not CDATA: a story quoting "]]>" cannot end it early.
  if (item.content !== undefined)
    entry.ele(CONTENT_NAMESPACE, "content:encoded").txt(literal(item.content));
  entry.ele("pubDate").txt(literal(item.pubDate));
  for (const category of item.categories)
    entry.ele("category").txt(literal(category));
  if (item.credit !== undefined)
    entry.ele(DUBLIN_CORE_NAMESPACE, "dc:creator").txt(literal(item.credit));
  // No fileSize: the feed is written from story data alone, so it stays the
  // same file whatever the image encoder makes of a card.
  if (item.image)
    entry.ele(MEDIA_NAMESPACE, "media:content", {
      url: literal(item.image.url),
      type: literal(item.image.type),
      medium: "image",
      width: String(item.image.width),
      height: String(item.image.height),
    });
}
