import { checkedAbsoluteUrl } from "./checks.ts";

/**
 * @example robotsTxt("https://news.example.org/sitemap.xml")
 */
export function robotsTxt(sitemapUrl: string): string {
  return [
    "User-agent: *",
    // An empty Disallow is the form every crawler understands as "allow all".
    "Disallow:",
    "",
    `Sitemap: ${checkedAbsoluteUrl(sitemapUrl, "sitemapUrl")}`,
    "",
  ].join("\n");
}
