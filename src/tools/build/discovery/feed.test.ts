import { describe, expect, test } from "vitest";
import { UserError } from "../../../content/userError.ts";
import {
  ATOM_NAMESPACE,
  CONTENT_NAMESPACE,
  DUBLIN_CORE_NAMESPACE,
  MEDIA_NAMESPACE,
  rfc822Date,
  rssFeed,
  type FeedChannel,
  type FeedItem,
} from "./feed.ts";
import {
  childText,
  childrenNamed,
  onlyChild,
  parseXml,
} from "./xmlForTests.ts";

/** Markup, entities, quotes, a CDATA end, emoji, RTL text and an RTL override. */
const TRICKY =
  ' Tom & Jerry <script>alert("hi")</script> ]]> &lt; &amp; &#60; 🎉👩🏽‍💻 שלום مرحبا \u202Eevil\u202C \n line two ';

const earlier: FeedItem = {
  title: "Council votes on the bridge",
  url: "https://news.example.org/story/bridge-vote",
  summary: "The vote is on Tuesday.",
  published: "2018-04-19",
  categories: ["Local", "Transport"],
};
const newest: FeedItem = {
  title: "Bridge reopens",
  url: "https://news.example.org/story/bridge-reopens",
  summary: "Traffic flows again.",
  published: "2018-04-20",
  categories: [],
  credit: "Wire service",
};

function channelWith(overrides: Partial<FeedChannel> = {}): FeedChannel {
  return {
    title: "Dateline",
    description: "News, fast.",
    siteUrl: "https://news.example.org/",
    feedUrl: "https://news.example.org/feed.xml",
    language: "en-US",
    items: [newest, earlier],
    ...overrides,
  };
}

function channelOf(xml: string): Element {
  const rss = parseXml(xml).documentElement;
  expect(rss.localName).toBe("rss");
  expect(rss.namespaceURI).toBeNull();
  expect(rss.getAttribute("version")).toBe("2.0");
  return onlyChild(rss, "channel");
}

function itemsOf(xml: string): Element[] {
  return childrenNamed(channelOf(xml), "item");
}

test("describes the channel", () => {
  const channel = channelOf(rssFeed(channelWith()));
  expect(childText(channel, "title")).toBe("Dateline");
  expect(childText(channel, "link")).toBe("https://news.example.org/");
  expect(childText(channel, "description")).toBe("News, fast.");
  expect(childText(channel, "language")).toBe("en-US");
  expect(childText(channel, "lastBuildDate")).toBe(
    "Fri, 20 Apr 2018 12:00:00 GMT",
  );
});

test("links to itself with an Atom self link", () => {
  const xml = rssFeed(
    channelWith({ feedUrl: "https://news.example.org/feed.xml?a=1&b=2" }),
  );
  const self = onlyChild(channelOf(xml), "link", ATOM_NAMESPACE);
  expect(self.prefix).toBe("atom");
  expect(self.getAttribute("href")).toBe(
    "https://news.example.org/feed.xml?a=1&b=2",
  );
  expect(self.getAttribute("rel")).toBe("self");
  expect(self.getAttribute("type")).toBe("application/rss+xml");
  // Declared once on the root, not again on the element.
  expect(xml.match(/xmlns:atom=/g)).toHaveLength(1);
});

test("writes every item, in the order given, with all its fields", () => {
  const items = itemsOf(rssFeed(channelWith({ items: [earlier, newest] })));
  expect(items).toHaveLength(2);
  const [first, second] = items;
  if (!first || !second) throw new Error("expected two items");

  expect(childText(first, "title")).toBe("Council votes on the bridge");
  expect(childText(first, "link")).toBe(
    "https://news.example.org/story/bridge-vote",
  );
  const guid = onlyChild(first, "guid");
  expect(guid.getAttribute("isPermaLink")).toBe("true");
  expect(guid.textContent).toBe("https://news.example.org/story/bridge-vote");
  expect(childText(first, "description")).toBe("The vote is on Tuesday.");
  expect(childText(first, "pubDate")).toBe("Thu, 19 Apr 2018 12:00:00 GMT");
  expect(
    childrenNamed(first, "category").map((category) => category.textContent),
  ).toEqual(["Local", "Transport"]);
  expect(childrenNamed(first, "creator", DUBLIN_CORE_NAMESPACE)).toHaveLength(
    0,
  );

  expect(childText(second, "title")).toBe("Bridge reopens");
  expect(childText(second, "pubDate")).toBe("Fri, 20 Apr 2018 12:00:00 GMT");
  expect(childrenNamed(second, "category")).toHaveLength(0);
  expect(childText(second, "creator", DUBLIN_CORE_NAMESPACE)).toBe(
    "Wire service",
  );
  expect(second.children).toHaveLength(6);
});

test("carries an item's full text as content:encoded and its card as media:content", () => {
  const html =
    '<p>One &amp; <a href="https://news.example.org/x?a=1&amp;b=2">two</a></p>\n<p>Three</p>';
  const xml = rssFeed(
    channelWith({
      items: [
        {
          ...newest,
          content: html,
          image: {
            url: "https://news.example.org/cards/bridge-reopens.png?v=1&w=2",
            type: "image/png",
            width: 1200,
            height: 630,
          },
        },
      ],
    }),
  );
  const item = onlyChild(channelOf(xml), "item");
  // Escaped once more as XML, so a reader gets back exactly the HTML given.
  expect(childText(item, "encoded", CONTENT_NAMESPACE)).toBe(html);
  expect(xml).not.toContain("<p>");
  expect(xml).not.toContain("CDATA");
  const media = onlyChild(item, "content", MEDIA_NAMESPACE);
  expect(media.getAttribute("url")).toBe(
    "https://news.example.org/cards/bridge-reopens.png?v=1&w=2",
  );
  expect(media.getAttribute("type")).toBe("image/png");
  expect(media.getAttribute("medium")).toBe("image");
  expect(media.getAttribute("width")).toBe("1200");
  expect(media.getAttribute("height")).toBe("630");
  expect(xml.match(/xmlns:media=/g)).toHaveLength(1);
});

test("an item with no text or card of its own gets neither element", () => {
  const item = onlyChild(
    channelOf(rssFeed(channelWith({ items: [newest] }))),
    "item",
  );
  expect(childrenNamed(item, "encoded", CONTENT_NAMESPACE)).toHaveLength(0);
  expect(childrenNamed(item, "content", MEDIA_NAMESPACE)).toHaveLength(0);
});

test("dates the build by the newest item, wherever it is in the list", () => {
  const old = { ...earlier, published: "2017-01-02" };
  const channel = channelOf(
    rssFeed(channelWith({ items: [old, newest, earlier] })),
  );
  expect(childText(channel, "lastBuildDate")).toBe(
    "Fri, 20 Apr 2018 12:00:00 GMT",
  );
});

test("an empty feed has no items and claims no build date", () => {
  const channel = channelOf(rssFeed(channelWith({ items: [] })));
  expect(childrenNamed(channel, "item")).toHaveLength(0);
  expect(childrenNamed(channel, "lastBuildDate")).toHaveLength(0);
});

test("text of every kind parses back exactly as given", () => {
  const xml = rssFeed(
    channelWith({
      title: TRICKY,
      description: TRICKY,
      items: [
        {
          ...newest,
          title: TRICKY,
          summary: TRICKY,
          categories: [TRICKY],
          credit: TRICKY,
        },
      ],
    }),
  );
  const channel = channelOf(xml);
  const item = onlyChild(channel, "item");
  expect(childText(channel, "title")).toBe(TRICKY);
  expect(childText(channel, "description")).toBe(TRICKY);
  expect(childText(item, "title")).toBe(TRICKY);
  // An item's description is HTML to a feed reader: the text survives that reading too.
  const html = childText(item, "description");
  const shown = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html")
    .body.textContent;
  expect(shown).toBe(TRICKY);
  expect(html).not.toContain("<");
  expect(childText(item, "category")).toBe(TRICKY);
  expect(childText(item, "creator", DUBLIN_CORE_NAMESPACE)).toBe(TRICKY);
  expect(xml).not.toContain("<script>");
  expect(xml).not.toContain("]]>");
});

test("refuses text XML cannot carry rather than write a broken feed", () => {
  expect(() => rssFeed(channelWith({ title: "bell \u0007" }))).toThrow(
    /invalid characters/,
  );
  expect(() => rssFeed(channelWith({ title: "half \uD83C emoji" }))).toThrow(
    /invalid characters/,
  );
});

test("the same edition always gives the same feed", () => {
  const channel = channelWith();
  expect(rssFeed(structuredClone(channel))).toBe(rssFeed(channel));
});

test("writes the RSS 2.0 layout", () => {
  const xml = rssFeed(channelWith({ items: [newest] }));
  expect(xml).toBe(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
      "  <channel>",
      "    <title>Dateline</title>",
      "    <link>https://news.example.org/</link>",
      "    <description>News, fast.</description>",
      "    <language>en-US</language>",
      "    <lastBuildDate>Fri, 20 Apr 2018 12:00:00 GMT</lastBuildDate>",
      '    <atom:link href="https://news.example.org/feed.xml" rel="self" type="application/rss+xml"/>',
      "    <item>",
      "      <title>Bridge reopens</title>",
      "      <link>https://news.example.org/story/bridge-reopens</link>",
      '      <guid isPermaLink="true">https://news.example.org/story/bridge-reopens</guid>',
      "      <description>Traffic flows again.</description>",
      "      <pubDate>Fri, 20 Apr 2018 12:00:00 GMT</pubDate>",
      "      <dc:creator>Wire service</dc:creator>",
      "    </item>",
      "  </channel>",
      "</rss>",
      "",
    ].join("\n"),
  );
});

describe("rfc822Date", () => {
  test.each([
    ["2018-04-20", "Fri, 20 Apr 2018 12:00:00 GMT"],
    ["2024-02-29", "Thu, 29 Feb 2024 12:00:00 GMT"],
    ["2000-01-01", "Sat, 01 Jan 2000 12:00:00 GMT"],
    ["1999-12-31", "Fri, 31 Dec 1999 12:00:00 GMT"],
  ])("writes %s as %s", (iso, expected) => {
    expect(rfc822Date(iso)).toBe(expected);
  });

  test("has RFC 822's shape", () => {
    expect(rfc822Date("2026-11-28")).toMatch(
      /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/,
    );
  });
});

describe("refuses", () => {
  test.each([
    ["siteUrl", { siteUrl: "/" }, "/"],
    ["feedUrl", { feedUrl: "feed.xml" }, "feed.xml"],
    [
      "items[1].url",
      { items: [newest, { ...earlier, url: "/story/x" }] },
      "/story/x",
    ],
    [
      "items[0].image.url",
      {
        items: [
          {
            ...newest,
            image: {
              url: "/cards/x.png",
              type: "image/png",
              width: 1,
              height: 1,
            },
          },
        ],
      },
      "/cards/x.png",
    ],
  ])("a relative %s", (field, overrides, url) => {
    expect(() => rssFeed(channelWith(overrides))).toThrow(
      `${field}: "${url}" is not an absolute http(s) URL`,
    );
    // The build prints it as one line, naming the field, without a stack.
    expect(() => rssFeed(channelWith(overrides))).toThrow(UserError);
  });

  test.each(["2018-02-30", "2018-04-20T00:00:00Z", "April 20, 2018"])(
    "the publication date %j",
    (published) => {
      expect(() =>
        rssFeed(channelWith({ items: [{ ...newest, published }] })),
      ).toThrow(
        `items[0].published: "${published}" is not a calendar date written yyyy-mm-dd`,
      );
    },
  );
});
