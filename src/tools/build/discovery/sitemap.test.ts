import { describe, expect, test } from "vitest";
import {
  SITEMAP_NAMESPACE,
  SITEMAP_URL_LIMIT,
  sitemapFiles,
  sitemapIndexXml,
  sitemapXml,
} from "./sitemap.ts";
import { childText, childrenNamed, parseXml } from "./xmlForTests.ts";

const TRICKY_URL =
  'https://news.example.org/🎉/שלום/مرحبا?q=<b>&amp;b=&lt;&amp="x"]]>';

function urlsetOf(xml: string): Element {
  const root = parseXml(xml).documentElement;
  expect(root.localName).toBe("urlset");
  expect(root.namespaceURI).toBe(SITEMAP_NAMESPACE);
  return root;
}

test("lists each page, in order, with its last change when known", () => {
  const urlset = urlsetOf(
    sitemapXml([
      { url: "https://news.example.org/", lastModified: "2018-04-20" },
      { url: "https://news.example.org/about" },
      { url: "http://news.example.org/story/x", lastModified: "2017-12-31" },
    ]),
  );
  const urls = childrenNamed(urlset, "url", SITEMAP_NAMESPACE);
  expect(urls).toHaveLength(3);
  expect(urls.map((url) => childText(url, "loc", SITEMAP_NAMESPACE))).toEqual([
    "https://news.example.org/",
    "https://news.example.org/about",
    "http://news.example.org/story/x",
  ]);
  expect(
    urls.map(
      (url) => childrenNamed(url, "lastmod", SITEMAP_NAMESPACE)[0]?.textContent,
    ),
  ).toEqual(["2018-04-20", undefined, "2017-12-31"]);
  expect(urlset.children).toHaveLength(3);
});

test("writes exactly the sitemaps.org layout, the same every time", () => {
  const pages = [
    { url: "https://news.example.org/", lastModified: "2018-04-20" },
    { url: "https://news.example.org/about" },
  ];
  const xml = sitemapXml(pages);
  expect(xml).toBe(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      "  <url>",
      "    <loc>https://news.example.org/</loc>",
      "    <lastmod>2018-04-20</lastmod>",
      "  </url>",
      "  <url>",
      "    <loc>https://news.example.org/about</loc>",
      "  </url>",
      "</urlset>",
      "",
    ].join("\n"),
  );
  expect(sitemapXml(structuredClone(pages))).toBe(xml);
});

test("an empty site is still a valid sitemap", () => {
  expect(urlsetOf(sitemapXml([])).children).toHaveLength(0);
});

test("escapes markup, quotes and ]]> so the URL parses back exactly", () => {
  const xml = sitemapXml([{ url: TRICKY_URL }]);
  const [url] = childrenNamed(urlsetOf(xml), "url", SITEMAP_NAMESPACE);
  expect(url && childText(url, "loc", SITEMAP_NAMESPACE)).toBe(TRICKY_URL);
  expect(xml).not.toContain("<b>");
  expect(xml).not.toContain("]]>");
});

const site = (file: string) => `https://news.example.org/${file}`;
const numbered = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    url: site(`story/${i + 1}/`),
    lastModified: `2018-04-${String((i % 28) + 1).padStart(2, "0")}`,
  }));

test("up to the limit, the sitemap is one sitemap.xml", () => {
  expect(SITEMAP_URL_LIMIT).toBe(50_000);
  const files = sitemapFiles(numbered(3), site, 3);
  expect(files.map((f) => f.file)).toEqual(["sitemap.xml"]);
  expect(files[0]?.content).toBe(sitemapXml(numbered(3)));
});

test("past the limit, sitemap.xml is an index of numbered sitemaps that hold every page once, in order", () => {
  const pages = numbered(7);
  const files = sitemapFiles(pages, site, 3);
  expect(files.map((f) => f.file)).toEqual([
    "sitemap.xml",
    "sitemap-1.xml",
    "sitemap-2.xml",
    "sitemap-3.xml",
  ]);
  const index = parseXml(files[0]?.content ?? "").documentElement;
  expect(index.localName).toBe("sitemapindex");
  expect(index.namespaceURI).toBe(SITEMAP_NAMESPACE);
  const entries = childrenNamed(index, "sitemap", SITEMAP_NAMESPACE);
  expect(
    entries.map((entry) => childText(entry, "loc", SITEMAP_NAMESPACE)),
  ).toEqual([
    site("sitemap-1.xml"),
    site("sitemap-2.xml"),
    site("sitemap-3.xml"),
  ]);
  // Each part's newest page says when it last changed.
  expect(
    entries.map((entry) => childText(entry, "lastmod", SITEMAP_NAMESPACE)),
  ).toEqual(["2018-04-03", "2018-04-06", "2018-04-07"]);
  const listed = files
    .slice(1)
    .map((file) =>
      childrenNamed(urlsetOf(file.content), "url", SITEMAP_NAMESPACE).map(
        (url) => childText(url, "loc", SITEMAP_NAMESPACE),
      ),
    );
  expect(listed.map((urls) => urls.length)).toEqual([3, 3, 1]);
  expect(listed.flat()).toEqual(pages.map((page) => page.url));
});

test("an index entry without dates has no lastmod, and the index refuses what a sitemap refuses", () => {
  const xml = sitemapIndexXml([{ url: site("sitemap-1.xml") }]);
  expect(xml).toBe(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      "  <sitemap>",
      "    <loc>https://news.example.org/sitemap-1.xml</loc>",
      "  </sitemap>",
      "</sitemapindex>",
      "",
    ].join("\n"),
  );
  expect(() => sitemapIndexXml([{ url: "/sitemap-1.xml" }])).toThrow(
    "sitemaps[0].url",
  );
  expect(() => sitemapFiles(numbered(2), site, 0)).toThrow("limit");
});

describe("refuses", () => {
  test.each([
    "/about",
    "about",
    "//news.example.org/about",
    "ftp://news.example.org/about",
    "mailto:desk@news.example.org",
    "javascript:alert(1)",
    " https://news.example.org/about",
    "https://news.example.org/a b",
    "",
  ])("the URL %j", (url) => {
    expect(() =>
      sitemapXml([{ url: "https://news.example.org/" }, { url }]),
    ).toThrow(
      `pages[1].url: "${url}" is not an absolute http(s) URL, e.g. https://news.example.org/story/x`,
    );
  });

  test.each(["2018-02-30", "2018-4-20", "20 April 2018", "2018-04-20T10:00"])(
    "the date %j",
    (lastModified) => {
      expect(() =>
        sitemapXml([{ url: "https://news.example.org/", lastModified }]),
      ).toThrow(
        `pages[0].lastModified: "${lastModified}" is not a calendar date written yyyy-mm-dd`,
      );
    },
  );
});
