import { expect, test } from "vitest";
import { storyPath } from "../content/paths.ts";
import { newsArticle } from "./newsArticle.ts";
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
