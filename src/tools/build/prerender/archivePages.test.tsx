// Archive pages as a reader with JavaScript off, or a crawler, gets them.
import { expect, test } from "vitest";
import { catalogueContent } from "../../../content/content.ts";
import { archivePath, storyPath } from "../../../content/paths.ts";
import { absoluteUrl } from "../../../app/site.ts";
import { loadEdition } from "../loadEdition.ts";
import { prerenderedPage } from "./prerenderedPage.ts";

const edition = loadEdition();
const content = catalogueContent(edition);
const story = edition.stories[0];
if (!story) throw new Error("the edition has no full story");

const prerendered = (path: string) => prerenderedPage(path, content);

test.each([
  archivePath(story.section, "2017"),
  archivePath(story.section, "2018-13"),
  archivePath("Business"),
  "/world/18/",
  archivePath(story.section, story.published, 2),
])("%s has no stories: the not-found page, with status 404", async (path) => {
  const { status, doc } = await prerendered(path);
  expect(status).toBe(404);
  expect(doc.querySelector("h1")?.textContent).toBe("Page not found");
});

test("a day's archive, pre-rendered, lists the story under a breadcrumb that needs no script", async () => {
  const { status, doc } = await prerendered(
    archivePath(story.section, story.published),
  );
  expect(status).toBe(200);
  expect(doc.querySelector("h1")?.textContent).toBe("World: April 20, 2018");
  const trail = doc.querySelector('nav[aria-label="Breadcrumb"]');
  expect(
    [...(trail?.querySelectorAll("a") ?? [])].map((a) =>
      a.getAttribute("href"),
    ),
  ).toEqual([
    "/",
    "/world/",
    "/world/2018/",
    "/world/2018/04/",
    "/world/2018/04/20/",
  ]);
  expect(trail?.querySelector('[aria-current="page"]')?.textContent).toBe("20");
  expect(
    doc.querySelector(`main a[href="${storyPath(story)}"]`)?.textContent,
  ).toBe(story.headline);
});

test("a story's JSON-LD holds its breadcrumb, with absolute URLs, in its one NewsArticle", async () => {
  const { doc } = await prerendered(storyPath(story));
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  expect(blocks).toHaveLength(1);
  const data: unknown = JSON.parse(blocks[0]?.textContent ?? "");
  expect(data).toMatchObject({
    "@type": "NewsArticle",
    mainEntityOfPage: {
      "@type": "WebPage",
      "@id": absoluteUrl(storyPath(story)),
      breadcrumb: {
        "@type": "BreadcrumbList",
        itemListElement: [
          { position: 1, name: "Front page", item: absoluteUrl("/") },
          { position: 2, name: "World", item: absoluteUrl("/world/") },
          { position: 3, name: "2018", item: absoluteUrl("/world/2018/") },
          { position: 4, name: "April", item: absoluteUrl("/world/2018/04/") },
          { position: 5, name: "20", item: absoluteUrl("/world/2018/04/20/") },
          {
            position: 6,
            name: story.headline,
            item: absoluteUrl(storyPath(story)),
          },
        ],
      },
    },
  });
});

test("the story's section and date are links in the HTML itself", async () => {
  const { doc } = await prerendered(storyPath(story));
  const header = doc.querySelector("article header");
  expect(header?.querySelector('a[href="/world/"]')?.textContent).toBe("World");
  expect(
    header?.querySelector('a[href="/world/2018/04/20/"]')?.textContent,
  ).toBe("More World stories from April 20, 2018");
});
