import { describe, expect, test } from "vitest";
import { SITEMAP_NAMESPACE, sitemapXml } from "./sitemap.ts";
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
