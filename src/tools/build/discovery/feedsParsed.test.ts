// Every feed the build writes, read back by a feed parser as a feed reader would read it.
import { join } from "node:path";
import { parseRssFeed } from "feedsmith";
import { describe, expect, test } from "vitest";
import { syntheticStory } from "../../../../tests/bench/syntheticStories.ts";
import { sectionFeed, topicFeed } from "../../../app/feeds.ts";
import { publishedTime } from "../../../app/newsArticle.ts";
import { absoluteUrl } from "../../../app/site.ts";
import { checkEdition, type Catalogue } from "../../../content/catalogue.ts";
import {
  CARD_SIZE,
  cardPath,
  homePath,
  sectionPath,
  storyPath,
  topicPath,
} from "../../../content/paths.ts";
import { slugify } from "../../../content/slug.ts";
import { plainText, type FullStory } from "../../../content/story.ts";
import { loadEdition } from "../loadEdition.ts";
import { discoveryFiles } from "./discoveryFiles.ts";
import { FEED_ITEM_LIMIT } from "./feed.ts";

const hostileDir = join(
  import.meta.dirname,
  "../../../../tests/fixtures/hostile-stories",
);
/** More than a feed holds, over five sections and eight topics. */
const synthetic = Array.from({ length: FEED_ITEM_LIMIT + 70 }, (_, i) =>
  syntheticStory(i + 1),
);

const editions: [string, Catalogue][] = [
  ["the seed edition", loadEdition()],
  ["the hostile edition", loadEdition(hostileDir)],
  [
    `${synthetic.length} synthetic stories`,
    checkEdition(
      Object.fromEntries(synthetic.map((s) => [`stories/${s.slug}.json`, s])),
    ),
  ],
];

type ExpectedFeed = {
  file: string;
  title: string;
  page: string;
  stories: FullStory[];
};

/** What each feed should carry, worked out here from the stories alone. */
function expectedFeeds(edition: Catalogue): ExpectedFeed[] {
  const newest = (keep: (story: FullStory) => boolean) =>
    edition.stories.filter(keep).slice(0, FEED_ITEM_LIMIT);
  const sections = new Map(edition.stories.map((s) => [s.section, s]));
  const topics = new Map(
    edition.stories.flatMap((s) =>
      s.topics.map((name) => [slugify(name), name]),
    ),
  );
  return [
    {
      file: "feed.xml",
      title: "Dateline",
      page: homePath,
      stories: newest(() => true),
    },
    ...[...sections.keys()].map((section) => ({
      file: sectionFeed(section).path.slice(1),
      title: sectionFeed(section).title,
      page: sectionPath(section),
      stories: newest((s) => s.section === section),
    })),
    ...[...topics].map(([id, name]) => ({
      file: topicFeed(name).path.slice(1),
      title: topicFeed(name).title,
      page: topicPath(name),
      stories: newest((s) => s.topics.some((t) => slugify(t) === id)),
    })),
  ];
}

/** A reader's view of an item's content: its HTML, parsed as a browser parses it. */
function shown(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, "text/html").body;
}

describe.each(editions)("%s", (_name, edition) => {
  const files = discoveryFiles(edition);
  const feeds = files.filter((f) => f.file.endsWith("feed.xml"));
  const expected = expectedFeeds(edition);

  test("has the site's feed and one for each section and topic, and no other", () => {
    expect(feeds.map((f) => f.file).sort()).toEqual(
      expected.map((f) => f.file).sort(),
    );
    // site feed, sections, topics: all different files.
    expect(new Set(feeds.map((f) => f.file)).size).toBe(feeds.length);
  });

  test.each(expected)(
    "$file parses, newest $stories.length stories first, each whole",
    (want) => {
      const xml = files.find((f) => f.file === want.file)?.content ?? "";
      const feed = parseRssFeed(xml);
      expect(feed.title).toBe(want.title);
      expect(feed.link).toBe(absoluteUrl(want.page));
      expect(feed.atom?.links?.find((l) => l.rel === "self")?.href).toBe(
        absoluteUrl(`/${want.file}`),
      );
      const items = feed.items ?? [];
      expect(items).toHaveLength(want.stories.length);
      expect(items.length).toBeLessThanOrEqual(FEED_ITEM_LIMIT);

      items.forEach((item, i) => {
        const story = want.stories[i];
        if (!story) throw new Error(`${want.file}: item ${i} has no story`);
        const url = absoluteUrl(storyPath(story));
        expect(item.title).toBe(story.headline);
        expect(item.link).toBe(url);
        expect(item.guid?.value).toBe(url);
        expect(Date.parse(item.pubDate ?? "")).toBe(
          Date.parse(publishedTime(story.published)),
        );
        // The full text: one paragraph for each of the story's, word for word.
        const body = shown(item.content?.encoded ?? "");
        expect(
          [...body.children].map((p) => [p.tagName, p.textContent]),
        ).toEqual(story.body.map((p) => ["P", plainText(p.inlines)]));
        // Only the feed's own elements: nothing in the data became markup.
        for (const element of body.querySelectorAll("*"))
          expect(["P", "A", "EM", "STRONG"]).toContain(element.tagName);
        for (const link of body.querySelectorAll("a"))
          expect(link.getAttribute("href")).toMatch(/^(?:https?:\/\/|mailto:)/);
        // The card, as the picture readers show for the item.
        expect(item.media?.contents).toEqual([
          {
            url: absoluteUrl(cardPath(story.slug)),
            type: "image/png",
            medium: "image",
            width: CARD_SIZE.width,
            height: CARD_SIZE.height,
          },
        ]);
        expect(item.dc?.creators).toEqual(
          story.credit ? [story.credit.organization] : undefined,
        );
      });
    },
  );

  test("the same stories always give the same feeds, byte for byte", () => {
    expect(discoveryFiles(structuredClone(edition))).toEqual(files);
  });
});

test("a story whose text is markup reaches the feed as text, and none of it as elements", () => {
  const edition = loadEdition(hostileDir);
  const story = edition.bySlug.get("script-payloads");
  if (story?.kind !== "full") throw new Error("no script-payloads story");
  const xml =
    discoveryFiles(edition).find((f) => f.file === "feed.xml")?.content ?? "";
  // Neither the XML nor the HTML inside it opens a script.
  expect(xml).not.toMatch(/<script/i);
  const item = parseRssFeed(xml).items?.find(
    (i) => i.link === absoluteUrl(storyPath(story)),
  );
  const body = shown(item?.content?.encoded ?? "");
  expect(body.textContent).toContain('<script>alert("body")</script>');
  // Text that looks escaped stays as written, not decoded once too often.
  expect(body.textContent).toContain("&lt;script&gt;");
  expect(body.querySelectorAll("script, img, iframe, style, svg")).toHaveLength(
    0,
  );
  // A link's address from the data stays one attribute, whatever quotes it holds.
  expect(
    [...body.querySelectorAll("a")].map((a) => a.getAttribute("href")),
  ).toEqual([
    "https://example.org/report",
    'https://example.org/?q="><script>alert(1)</script>',
    absoluteUrl("/topics/"),
  ]);
  expect(item?.title).toBe(story.headline);
});

test("a feed holds the newest 50 stories however many the archive has", () => {
  const [, , [, edition] = []] = editions;
  if (!edition) throw new Error("no synthetic edition");
  const items = parseRssFeed(
    discoveryFiles(edition).find((f) => f.file === "feed.xml")?.content ?? "",
  ).items;
  expect(edition.stories.length).toBeGreaterThan(50);
  expect(items?.map((item) => item.link)).toEqual(
    edition.stories.slice(0, 50).map((s) => absoluteUrl(storyPath(s))),
  );
});
