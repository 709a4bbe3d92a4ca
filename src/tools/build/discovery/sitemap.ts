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
  pages.forEach((page, i) => addPage(urlset, page, `pages[${i}]`));
  return xmlText(document);
}

function addPage(urlset: XmlNode, page: SitemapPage, field: string): void {
  const url = urlset.ele("url");
  url.ele("loc").txt(literal(checkedAbsoluteUrl(page.url, `${field}.url`)));
  if (page.lastModified !== undefined) {
    calendarDate(page.lastModified, `${field}.lastModified`);
    url.ele("lastmod").txt(literal(page.lastModified));
  }
}
