import { expect, test } from "vitest";
import { robotsTxt } from "./robots.ts";

test("allows every crawler everything and points to the sitemap", () => {
  expect(robotsTxt("https://news.example.org/dateline/sitemap.xml")).toBe(
    [
      "User-agent: *",
      "Disallow:",
      "",
      "Sitemap: https://news.example.org/dateline/sitemap.xml",
      "",
    ].join("\n"),
  );
});

test("ends with exactly one newline", () => {
  expect(robotsTxt("https://news.example.org/sitemap.xml")).toMatch(/[^\n]\n$/);
});

test.each(["/sitemap.xml", "sitemap.xml", "//news.example.org/sitemap.xml"])(
  "refuses the relative sitemap URL %j, which crawlers ignore",
  (url) => {
    expect(() => robotsTxt(url)).toThrow(
      `sitemapUrl: "${url}" is not an absolute http(s) URL`,
    );
  },
);
