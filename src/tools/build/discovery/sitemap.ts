/**
 * The sitemap (sitemaps.org 0.9): the list of pages search engines should
 * crawl, with the day each last changed. Pure: the caller decides which pages
 * are listed and passes their absolute URLs.
 */
import { checkedAbsoluteUrl, calendarDate } from "./checks.ts";
import { literal, xmlDocument, xmlText, type XmlNode } from "./xml.ts";

export const SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

export type SitemapPage = {
  /** Absolute http(s) URL, written as given. */
  url: string;
  /** yyyy-mm-dd */
  lastModified?: string;
};

/**
 * @throws DiscoveryDataError for a URL that is not absolute http(s) or a date
 * that is not a real yyyy-mm-dd day
 * @example sitemapXml([{ url: "https://news.example.org/", lastModified: "2018-04-20" }])
 */
export function sitemapXml(pages: readonly SitemapPage[]): string {
  const document = xmlDocument();
  // Children created without a namespace inherit the parent's in xmlbuilder2,
  // so every <url> lands in the sitemap namespace without restating it.
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
