/**
 * Every URL is a real page on a plain static host: the production build,
 * served as a host would (no SPA fallback), read as raw HTML, with JavaScript
 * on and off.
 */
import { createHash } from "node:crypto";
import { plainText } from "../../src/content/story.ts";
import { searchPath, storyPath, topicPath } from "../../src/content/paths.ts";
import { edition, expectedPages } from "./edition.ts";
import {
  expect,
  hydrated,
  ORIGIN,
  test,
  watchRemovedElements,
} from "./fixtures.ts";

/** Everything <head> says, read from the HTML as delivered, before any script runs. */
function headOf(html: string) {
  const head = html.slice(0, html.indexOf("</head>"));
  const all = (pattern: RegExp) =>
    [...head.matchAll(pattern)].map((m) => decode(m[1] ?? ""));
  return {
    titles: all(/<title>([^<]*)<\/title>/g),
    canonical: all(/<link rel="canonical" href="([^"]*)"/g),
    property: (name: string) =>
      all(new RegExp(`<meta property="${name}" content="([^"]*)"`, "g")),
    name: (name: string) =>
      all(new RegExp(`<meta name="${name}" content="([^"]*)"`, "g")),
    httpEquiv: (name: string) =>
      all(new RegExp(`<meta http-equiv="${name}" content="([^"]*)"`, "g")),
  };
}

const decode = (text: string) =>
  text
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

for (const expected of expectedPages) {
  test(`${expected.path} is delivered as a complete page, head and all`, async ({
    request,
  }) => {
    const response = await request.get(expected.path, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/html/);
    const html = await response.text();
    const head = headOf(html);
    expect(head.titles).toEqual([expected.title]);
    expect(head.canonical).toEqual([`${ORIGIN}${expected.path}`]);
    expect(head.property("og:url")).toEqual([`${ORIGIN}${expected.path}`]);
    expect(head.property("og:title")).toHaveLength(1);
    expect(head.name("description")[0]).toBeTruthy();
    expect(head.name("robots")).toEqual(expected.indexable ? [] : ["noindex"]);
    expect(html).toContain(`<h1 tabindex="-1"`);
    // The app marks itself hydrated in the browser only; the HTML never claims it.
    expect(html).not.toContain("data-hydrated");
    // One trailing-slash policy: every link to a page ends in a slash (files excepted).
    for (const [, href = ""] of html.matchAll(/href="(\/[^"#?]*)/g))
      if (!/\.(?:js|css|svg|xml|png|webmanifest|woff2)$/.test(href))
        expect(href, `a link on ${expected.path}`).toMatch(/\/$/);
    // A strict CSP: the one inline executable script (reading settings, before
    // first paint) is allowed by its hash, nothing else inline is; no hydration data.
    const csp = head.httpEquiv("Content-Security-Policy");
    expect(csp).toHaveLength(1);
    expect(csp[0]).not.toContain("unsafe-inline");
    const inline = [
      ...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g),
    ].filter(
      ([, attributes]) =>
        !attributes?.includes("application/ld+json") &&
        !attributes?.includes("application/json"),
    );
    expect(inline).toHaveLength(1);
    const hash = createHash("sha256")
      .update(inline[0]?.[2] ?? "")
      .digest("base64");
    expect(csp[0]).toContain(`script-src 'self' 'sha256-${hash}'`);

    const story = expected.story;
    if (story?.kind !== "full") return;
    expect(head.property("og:type")).toEqual(["article"]);
    // The story's day, with a time and its zone (the rule is newsArticle.ts's publishedTime).
    const published = new RegExp(
      `^${story.published}T\\d\\d:\\d\\d:\\d\\d(?:Z|[+-]\\d\\d:\\d\\d)$`,
    );
    expect(head.property("article:published_time")).toEqual([
      expect.stringMatching(published),
    ]);
    expect(head.property("article:section")).toEqual([story.section]);
    expect(head.property("article:tag")).toEqual(story.topics);
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(
      html,
    )?.[1];
    expect(JSON.parse(jsonLd ?? "null")).toMatchObject({
      "@type": "NewsArticle",
      headline: story.headline,
      datePublished: expect.stringMatching(published),
      articleSection: story.section,
      keywords: story.topics,
      mainEntityOfPage: { "@id": `${ORIGIN}${expected.path}` },
      isAccessibleForFree: true,
      publisher: { name: "Dateline" },
      ...(story.credit && {
        sourceOrganization: { name: story.credit.organization },
      }),
    });
  });

  test(`${expected.path} hydrates without replacing a node, and survives a reload`, async ({
    page,
  }) => {
    const removed = await watchRemovedElements(page);
    const response = await page.goto(expected.path);
    expect(response?.status()).toBe(200);
    await hydrated(page);
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toHaveText(expected.h1);
    await expect(page).toHaveTitle(expected.title);
    expect(await removed()).toEqual([]);
    // React 19 adopts the head tags too, rather than adding a second set.
    await expect(page.locator("title")).toHaveCount(1);
    await expect(page.locator('meta[name="description"]')).toHaveCount(1);
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    await expect(h1).not.toBeFocused();

    await page.reload();
    await hydrated(page);
    await expect(h1).toHaveText(expected.h1);
    expect(new URL(page.url()).pathname).toBe(expected.path);
  });
}

test("the sitemap lists every indexable page, absolute, and nothing else", async ({
  request,
}) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/xml/);
  const locs = [
    ...(await response.text()).matchAll(/<loc>([^<]*)<\/loc>/g),
  ].map((m) => m[1]);
  expect(locs.sort()).toEqual(
    expectedPages
      .filter((page) => page.indexable)
      .map((page) => `${ORIGIN}${page.path}`)
      .sort(),
  );
});

test("robots.txt points at the sitemap, and the feed links every story", async ({
  request,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);

  const feed = await request.get("/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toMatch(/xml/);
  const links = [...(await feed.text()).matchAll(/<link>([^<]*)<\/link>/g)].map(
    (m) => m[1],
  );
  for (const story of edition.stories)
    expect(links).toContain(`${ORIGIN}${storyPath(story)}`);

  // A topic's and a section's feeds are files of their own, as their pages link them.
  for (const path of ["/topics/russia/feed.xml", "/world/feed.xml"]) {
    const own = await request.get(path);
    expect(own.status(), path).toBe(200);
    expect(own.headers()["content-type"], path).toMatch(/xml/);
    expect(await own.text(), path).toContain(
      `<atom:link href="${ORIGIN}${path}"`,
    );
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("with JavaScript off, every page is there: a story shows its full text and related stories, and links work", async ({
    page,
  }) => {
    const story = edition.stories[0];
    if (!story) throw new Error("no story in the edition");
    await page.goto(storyPath(story));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      story.headline,
    );
    const text = await page.getByRole("article").innerText();
    for (const paragraph of story.body)
      expect(text.replace(/\s+/g, " ")).toContain(
        plainText(paragraph.inlines).replace(/\s+/g, " "),
      );
    const related = page
      .getByRole("complementary", { name: "Related stories" })
      .getByRole("list", { name: "More on this story" });
    await expect(related.getByRole("link")).toHaveCount(story.related.length);
    await related.getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(
      story.headline,
    );
    await page.getByRole("link", { name: "Topics", exact: true }).click();
    await expect(page).toHaveURL(`${ORIGIN}/topics/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Topics");
    for (const expected of expectedPages) {
      await page.goto(expected.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        expected.h1,
      );
      await expect(page).toHaveTitle(expected.title);
    }
  });
});

test("a path without its trailing slash is redirected, as static hosts do", async ({
  page,
  request,
}) => {
  const russia = topicPath("Russia");
  const unslashed = russia.replace(/\/$/, "");
  const response = await request.get(`${unslashed}?from=chat`, {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(301);
  expect(response.headers()["location"]).toBe(`${russia}?from=chat`);
  await page.goto(unslashed);
  await expect(page).toHaveURL(`${ORIGIN}${russia}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia");
});

test("the one 404.html hydrates at any unknown URL without replacing a node", async ({
  page,
}) => {
  const removed = await watchRemovedElements(page);
  const response = await page.goto(topicPath("nobody"));
  expect(response?.status()).toBe(404);
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Page not found",
  );
  expect(await removed()).toEqual([]);
});

test("a shared search URL hydrates the pre-rendered search page, then shows its results", async ({
  page,
}) => {
  await page.goto(searchPath("lavrov"));
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Search results for “lavrov”",
  );
  await expect(page).toHaveTitle("Search: lavrov — Dateline");
  await expect(page.getByRole("searchbox")).toHaveValue("lavrov");
});
