import { describe, expect, test } from "vitest";
import { catalogueContent } from "../../../content/content.ts";
import { storyIndex } from "../../../content/editionData.ts";
import { loadEdition } from "../loadEdition.ts";
import {
  cardPath,
  sectionPath,
  siteCardPath,
  storyPath,
  topicPath,
} from "../../../content/paths.ts";
import { everyPath } from "../../../content/everyPath.ts";
import { absoluteUrl } from "../../../app/site.ts";
import { publishedTime } from "../../../app/newsArticle.ts";
import { prerenderedPage } from "./prerenderedPage.ts";
import { renderPage } from "./renderPage.tsx";

const edition = loadEdition();
const content = catalogueContent(edition);

const prerendered = (path: string) => prerenderedPage(path, content);

const story = edition.stories[0];
if (!story) throw new Error("the edition has no full story");
const storyUrl = absoluteUrl(storyPath(story));

describe.each(everyPath(storyIndex(edition)))("%s, pre-rendered", (path) => {
  test("answers 200 with its title in the head, once, and the page in #root", async () => {
    const { status, doc, meta } = await prerendered(path);
    expect(status).toBe(200);
    expect(doc.querySelectorAll("title")).toHaveLength(1);
    expect(doc.head.querySelector("title")?.textContent).toMatch(/Dateline$/);
    expect(meta("description")[0]).toBeTruthy();
    expect(doc.querySelectorAll("#root meta, #root link")).toHaveLength(0);
    expect(doc.querySelectorAll("#root h1")).toHaveLength(1);
    // The canonical URL is absolute and is the page's own address.
    expect(
      doc.head.querySelector('link[rel="canonical"]')?.getAttribute("href"),
    ).toBe(absoluteUrl(path));
    expect(meta("og:url")).toEqual([absoluteUrl(path)]);
    expect(meta("og:site_name")).toEqual(["Dateline"]);
    expect(meta("twitter:card")).toEqual(["summary_large_image"]);
    // One large image, absolute, with its size, type and words for those who cannot see it.
    const [image] = meta("og:image");
    expect(meta("og:image")).toHaveLength(1);
    expect(image).toMatch(/^https?:\/\/[^/]+\/.*\.png$/);
    expect(meta("og:image:width")).toEqual(["1200"]);
    expect(meta("og:image:height")).toEqual(["630"]);
    expect(meta("og:image:type")).toEqual(["image/png"]);
    expect(meta("og:image:alt")[0]).toBeTruthy();
    expect(meta("twitter:image")).toEqual([image]);
    expect(meta("twitter:image:alt")).toEqual(meta("og:image:alt"));
    expect(
      doc.head
        .querySelector('link[rel="alternate"][type="application/rss+xml"]')
        ?.getAttribute("href"),
    ).toBe("/feed.xml");
  });
});

test("a story's share tags describe the article", async () => {
  const { doc, meta } = await prerendered(storyPath(story));
  expect(meta("og:type")).toEqual(["article"]);
  expect(meta("og:title")).toEqual([story.headline]);
  expect(meta("article:published_time")).toEqual([
    publishedTime(story.published),
  ]);
  // With its time zone, so no reader's clock moves it to another day unasked.
  expect(meta("article:published_time")[0]).toMatch(/T\d\d:\d\d:\d\dZ$/);
  expect(meta("article:section")).toEqual([story.section]);
  expect(meta("article:tag")).toEqual(story.topics);
  expect(meta("author")).toEqual(["The Associated Press"]);
  expect(meta("article:author")).toEqual(["The Associated Press"]);
  expect(meta("og:image")).toEqual([absoluteUrl(cardPath(story.slug))]);
  expect(meta("og:image:alt")).toEqual([story.headline]);
  expect(meta("twitter:image:alt")).toEqual([story.headline]);
  expect(meta("robots")).toEqual([]);
  expect(doc.head.querySelector("title")?.textContent).toBe(
    `${story.headline} — Dateline`,
  );
});

test("a story's JSON-LD is a NewsArticle that matches the story data", async () => {
  const { doc } = await prerendered(storyPath(story));
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  expect(blocks).toHaveLength(1);
  const data: unknown = JSON.parse(blocks[0]?.textContent ?? "");
  expect(data).toMatchObject({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: story.headline,
    datePublished: publishedTime(story.published),
    articleSection: story.section,
    keywords: story.topics,
    url: storyUrl,
    mainEntityOfPage: { "@type": "WebPage", "@id": storyUrl },
    isAccessibleForFree: true,
    image: {
      "@type": "ImageObject",
      url: absoluteUrl(cardPath(story.slug)),
      width: 1200,
      height: 630,
    },
    publisher: {
      "@type": "NewsMediaOrganization",
      name: "Dateline",
      url: absoluteUrl("/"),
      logo: {
        "@type": "ImageObject",
        url: absoluteUrl("/icons/icon-512.png"),
        width: 512,
        height: 512,
      },
    },
    author: [{ "@type": "Organization", name: "The Associated Press" }],
    creditText: "Contributing: The Associated Press",
    sourceOrganization: { name: "The Associated Press" },
  });
});

test("the pages of the site say website, not article, and share the site's card", async () => {
  const { meta } = await prerendered("/topics/");
  expect(meta("og:type")).toEqual(["website"]);
  expect(meta("article:published_time")).toEqual([]);
  expect(meta("author")).toEqual([]);
  expect(meta("og:image")).toEqual([absoluteUrl(siteCardPath)]);
});

test("a topic's pages and a section's pages link their own feed beside the site's", async () => {
  const feeds = async (path: string) =>
    [
      ...(await prerendered(path)).doc.head.querySelectorAll(
        'link[rel="alternate"][type="application/rss+xml"]',
      ),
    ].map((link) => [link.getAttribute("title"), link.getAttribute("href")]);
  const site = ["Dateline: latest stories", "/feed.xml"];
  expect(await feeds("/topics/")).toEqual([site]);
  expect(await feeds(topicPath("Russia"))).toEqual([
    site,
    ["Dateline: stories on Russia", "/topics/russia/feed.xml"],
  ]);
  const world = ["Dateline: World section", "/world/feed.xml"];
  expect(await feeds(sectionPath("World"))).toEqual([site, world]);
  // Every page of the section's archive is the section's.
  expect(await feeds("/world/2018/04/")).toEqual([site, world]);
});

test("briefs and the not-found page ask not to be indexed", async () => {
  const brief = edition.briefs[0];
  if (!brief) throw new Error("the edition has no brief");
  expect((await prerendered(storyPath(brief))).meta("robots")).toEqual([
    "noindex",
  ]);
  const notFound = await prerendered("/404.html");
  expect(notFound.status).toBe(404);
  expect(notFound.meta("robots")).toEqual(["noindex"]);
  expect(notFound.doc.querySelector("h1")?.textContent).toBe("Page not found");
  // It is served at every unknown URL, so it claims none of them.
  expect(notFound.doc.querySelector('link[rel="canonical"]')).toBeNull();
  expect(notFound.meta("og:url")).toEqual([]);
});

test("a brief shares its own card under its headline, and claims no article it does not have", async () => {
  const brief = edition.briefs[0];
  if (!brief) throw new Error("the edition has no brief");
  const { doc, meta } = await prerendered(storyPath(brief));
  expect(meta("og:image")).toEqual([absoluteUrl(cardPath(brief.slug))]);
  expect(meta("og:image:alt")).toEqual([brief.headline]);
  expect(meta("og:type")).toEqual(["website"]);
  expect(
    doc.querySelectorAll('script[type="application/ld+json"]'),
  ).toHaveLength(0);
});

test("the pre-render refuses to render a redirect as a page", async () => {
  const wrongDate = storyPath(story).replace(/\d{4}\/\d\d\/\d\d/, "2001/01/01");
  await expect(renderPage(wrongDate, content)).rejects.toThrow(/redirects to/);
});

test("the pre-rendered search page is the empty one, whatever the query", async () => {
  const { doc } = await prerendered("/search/?q=lavrov");
  expect(doc.querySelector("h1")?.textContent).toBe("Search");
});
