/**
 * robots.txt: every page of the edition is public, so crawlers may fetch
 * everything, and are told where the sitemap is.
 */
import { checkedAbsoluteUrl } from "./checks.ts";

/**
 * @throws DiscoveryDataError unless `sitemapUrl` is absolute http(s), which
 * the robots.txt standard requires of a Sitemap line
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
