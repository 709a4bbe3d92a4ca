import { checkedAbsoluteUrl, calendarDate } from "./checks.ts";
import { literal, xmlDocument, xmlText, type XmlNode } from "./xml.ts";

export const SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

export type SitemapPage = {
  url: string;
  lastModified?: string;
};

/**
 * @example sitemapXml([{ url: "https://news.example.org/", lastModified: "2018-04-20" }])
 */
export function sitemapXml(pages: readonly SitemapPage[]): string {
  const document = xmlDocument();
  // In xmlbuilder2 children inherit the parent's namespace, so <url> needs none.
  const urlset = document.ele(SITEMAP_NAMESPACE, "urlset");
  pages.forEach((page, i) => addEntry(urlset, "url", page, `pages[${i}]`));
  return xmlText(document);
}

/** A <url> of a sitemap and a <sitemap> of an index have the same two children. */
function addEntry(
  parent: XmlNode,
  name: "url" | "sitemap",
  page: SitemapPage,
  field: string,
): void {
  const entry = parent.ele(name);
  entry.ele("loc").txt(literal(checkedAbsoluteUrl(page.url, `${field}.url`)));
  if (page.lastModified !== undefined) {
    calendarDate(page.lastModified, `${field}.lastModified`);
    entry.ele("lastmod").txt(literal(page.lastModified));
  }
}

/** The protocol's cap on the URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_URL_LIMIT = 50_000;

export const SITEMAP_FILE = "sitemap.xml";

/**
 * One sitemap.xml while the pages fit in one; past `limit`, sitemap-1.xml,
 * sitemap-2.xml… and a sitemap.xml that is their index, so robots.txt and
 * anyone who submitted sitemap.xml keep the one address.
 * @param urlOf the absolute URL of a file the build writes beside the pages
 * @example sitemapFiles(pages, (file) => absoluteUrl(`/${file}`)).map((f) => f.file) // ["sitemap.xml"]
 */
export function sitemapFiles(
  pages: readonly SitemapPage[],
  urlOf: (file: string) => string,
  limit = SITEMAP_URL_LIMIT,
): { file: string; content: string }[] {
  if (!Number.isSafeInteger(limit) || limit < 1)
    throw new Error(`limit: ${limit} is not a whole number of URLs`);
  if (pages.length <= limit)
    return [{ file: SITEMAP_FILE, content: sitemapXml(pages) }];
  const parts = Array.from(
    { length: Math.ceil(pages.length / limit) },
    (_, i) => ({
      file: `sitemap-${i + 1}.xml`,
      pages: pages.slice(i * limit, (i + 1) * limit),
    }),
  );
  return [
    {
      file: SITEMAP_FILE,
      content: sitemapIndexXml(
        parts.map((part) => {
          const newest = newestDate(part.pages);
          return {
            url: urlOf(part.file),
            ...(newest && { lastModified: newest }),
          };
        }),
      ),
    },
    ...parts.map((part) => ({
      file: part.file,
      content: sitemapXml(part.pages),
    })),
  ];
}

/**
 * @example sitemapIndexXml([{ url: "https://news.example.org/sitemap-1.xml", lastModified: "2018-04-20" }])
 */
export function sitemapIndexXml(sitemaps: readonly SitemapPage[]): string {
  const document = xmlDocument();
  const index = document.ele(SITEMAP_NAMESPACE, "sitemapindex");
  sitemaps.forEach((sitemap, i) =>
    addEntry(index, "sitemap", sitemap, `sitemaps[${i}]`),
  );
  return xmlText(document);
}

/** ISO dates compare as text. */
function newestDate(pages: readonly SitemapPage[]): string | undefined {
  let newest: string | undefined;
  for (const { lastModified } of pages)
    if (
      lastModified !== undefined &&
      (newest === undefined || lastModified > newest)
    )
      newest = lastModified;
  return newest;
}
