import { expect, test } from "vitest";
import { UserError } from "../../content/userError.ts";
import { defaultOrigin, siteConfig } from "./siteConfig.ts";

const now = new Date("2026-11-28T23:59:00Z");

test("with nothing set, a build is for the local server at the root, dated today (UTC)", () => {
  expect(siteConfig({}, now)).toEqual({
    origin: defaultOrigin,
    base: "/",
    buildDate: "2026-11-28",
    precacheCap: 1024 * 1024,
  });
});

test("origin, base path and build day come from the environment", () => {
  expect(
    siteConfig(
      {
        DATELINE_ORIGIN: "https://news.example.org/",
        DATELINE_BASE: "/dateline/",
        DATELINE_BUILD_DATE: "2026-01-02",
        DATELINE_PRECACHE_KB: "512",
      },
      now,
    ),
  ).toEqual({
    origin: "https://news.example.org",
    base: "/dateline/",
    buildDate: "2026-01-02",
    precacheCap: 512 * 1024,
  });
});

test.each([
  [
    { DATELINE_PRECACHE_KB: "1MB" },
    /DATELINE_PRECACHE_KB: "1MB" must be a whole number/,
  ],
  [{ DATELINE_PRECACHE_KB: "0" }, /DATELINE_PRECACHE_KB/],
  [{ DATELINE_ORIGIN: "news.example.org" }, /DATELINE_ORIGIN: .* is not a URL/],
  [{ DATELINE_ORIGIN: "ftp://news.example.org" }, /must start with https:\/\//],
  [
    { DATELINE_ORIGIN: "https://x.org/dateline" },
    /origin only; put a sub-path in DATELINE_BASE/,
  ],
  [
    { DATELINE_BASE: "dateline" },
    /DATELINE_BASE: "dateline" must start and end with \//,
  ],
  [{ DATELINE_BASE: "/dateline" }, /must start and end with \//],
  [{ DATELINE_BASE: "/a b/" }, /URL-safe/],
  [{ DATELINE_BUILD_DATE: "28/11/2026" }, /DATELINE_BUILD_DATE/],
  // Written right but no such day: every page would be dated by it.
  [
    { DATELINE_BUILD_DATE: "2026-02-31" },
    /DATELINE_BUILD_DATE: "2026-02-31" must be a real date/,
  ],
  [{ DATELINE_BUILD_DATE: "2026-13-01" }, /DATELINE_BUILD_DATE/],
])("a bad setting fails the build naming the variable: %o", (env, message) => {
  expect(() => siteConfig(env, now)).toThrow(message);
  // The build prints it as one line, without a stack.
  expect(() => siteConfig(env, now)).toThrow(UserError);
});
