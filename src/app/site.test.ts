import { expect, test } from "vitest";
import { absoluteUrl, leavesSite, siteOrigin } from "./site.ts";

test("an http(s) address on another origin leaves the site", () => {
  expect(leavesSite("https://example.org/report")).toBe(true);
  expect(leavesSite("http://EXAMPLE.org/")).toBe(true);
  // Looks like the site, is not: the host is what follows the @.
  expect(leavesSite(`${siteOrigin}@evil.example/`)).toBe(true);
});

test("site paths, mail links and the site's own origin stay", () => {
  expect(leavesSite("/topics/")).toBe(false);
  expect(leavesSite("mailto:desk@example.org")).toBe(false);
  expect(leavesSite(`${siteOrigin}/topics/`)).toBe(false);
});

test("an absolute URL is percent-encoded where its path is not ASCII, and only there", () => {
  expect(absoluteUrl("/topics/мир/")).toBe(
    `${siteOrigin}/topics/%D0%BC%D0%B8%D1%80/`,
  );
  expect(absoluteUrl("/topics/🚀/")).toBe(`${siteOrigin}/topics/%F0%9F%9A%80/`);
  expect(absoluteUrl("/search/?q=a%26b")).toBe(`${siteOrigin}/search/?q=a%26b`);
});
