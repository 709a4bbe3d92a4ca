import { expect, test } from "vitest";
import { CARD_SIZE, cardPath, storyPath } from "../content/paths.ts";
import { newsArticle, publishedTime } from "./newsArticle.ts";
import { absoluteUrl } from "./site.ts";
import { seedStory } from "./testing/edition.ts";

test("a story's page carries a BreadcrumbList from the front page down through its section and date to the story", () => {
  const article = newsArticle(seedStory, "A standfirst.");
  // Still one NewsArticle at the top, as link previews and crawlers read it.
  expect(article["@type"]).toBe("NewsArticle");
  const { breadcrumb } = article.mainEntityOfPage;
  expect(breadcrumb["@type"]).toBe("BreadcrumbList");
  expect(breadcrumb.itemListElement).toEqual(
    [
      ["Front page", "/"],
      ["World", "/world/"],
      ["2018", "/world/2018/"],
      ["April", "/world/2018/04/"],
      ["20", "/world/2018/04/20/"],
      [seedStory.headline, storyPath(seedStory)],
    ].map(([name = "", path = ""], i) => ({
      "@type": "ListItem",
      position: i + 1,
      name,
      item: absoluteUrl(path),
    })),
  );
  // Absolute, as schema.org's item wants: the origin the site is built for.
  for (const item of breadcrumb.itemListElement)
    expect(item.item).toMatch(/^https?:\/\/[^/]+\//);
  expect(breadcrumb.itemListElement.at(-1)?.item).toBe(article.url);
});

test("a story's NewsArticle names its card, its newsroom with a logo, and its agency credit as an Organization", () => {
  const article = newsArticle(seedStory, "A standfirst.");
  expect(article.image).toEqual({
    "@type": "ImageObject",
    url: absoluteUrl(cardPath(seedStory.slug)),
    width: CARD_SIZE.width,
    height: CARD_SIZE.height,
  });
  expect(article.publisher).toEqual({
    "@type": "NewsMediaOrganization",
    name: "Dateline",
    url: absoluteUrl("/"),
    logo: {
      "@type": "ImageObject",
      url: absoluteUrl("/icons/icon-512.png"),
      width: 512,
      height: 512,
    },
  });
  expect(article.author).toEqual([
    { "@type": "Organization", name: "The Associated Press" },
  ]);
  expect(article.creditText).toBe("Contributing: The Associated Press");
});

test("a story without a credit names no author rather than invent one", () => {
  const uncredited = { ...seedStory };
  delete uncredited.credit;
  const article = newsArticle(uncredited, "A standfirst.");
  expect(article).not.toHaveProperty("author");
  expect(article).not.toHaveProperty("creditText");
});

test("a story's day is published at noon UTC, with its time zone, so it is the same day from UTC-12 to UTC+11", () => {
  expect(newsArticle(seedStory, "").datePublished).toBe(
    `${seedStory.published}T12:00:00Z`,
  );
  const instant = new Date(publishedTime("2018-04-20"));
  for (const timeZone of [
    "Pacific/Pago_Pago",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Asia/Magadan",
  ])
    expect(instant.toLocaleDateString("en-CA", { timeZone }), timeZone).toBe(
      "2018-04-20",
    );
});
