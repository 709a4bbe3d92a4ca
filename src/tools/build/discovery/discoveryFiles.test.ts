import { expect, test } from "vitest";
import { absoluteUrl } from "../../../app/site.ts";
import { checkEdition } from "../../../content/catalogue.ts";
import { archivePath } from "../../../content/paths.ts";
import { syntheticStory } from "../../../../tests/bench/syntheticStories.ts";
import { loadEdition } from "../loadEdition.ts";
import { discoveryFiles } from "./discoveryFiles.ts";
import { SITEMAP_NAMESPACE } from "./sitemap.ts";
import { childText, childrenNamed, parseXml } from "./xmlForTests.ts";

/** Every <loc> a sitemap or sitemap index lists. */
function locs(xml: string): string[] {
  const root = parseXml(xml).documentElement;
  return childrenNamed(
    root,
    root.localName === "urlset" ? "url" : "sitemap",
    SITEMAP_NAMESPACE,
  ).map((entry) => childText(entry, "loc", SITEMAP_NAMESPACE));
}

const fileNamed = (files: { file: string; content: string }[], name: string) =>
  files.find((f) => f.file === name)?.content ?? "";

test("the sitemap lists the story's section front and its year, month and day, dated by their newest story", () => {
  const edition = loadEdition();
  const story = edition.stories[0];
  if (!story) throw new Error("the edition has no full story");
  const xml = fileNamed(discoveryFiles(edition), "sitemap.xml");
  const listed = locs(xml);
  for (const date of ["", "2018", "2018-04", "2018-04-20"])
    expect(listed).toContain(absoluteUrl(archivePath(story.section, date)));
  const urls = childrenNamed(
    parseXml(xml).documentElement,
    "url",
    SITEMAP_NAMESPACE,
  );
  const front = urls.find(
    (url) =>
      childText(url, "loc", SITEMAP_NAMESPACE) ===
      absoluteUrl(archivePath(story.section)),
  );
  expect(front && childText(front, "lastmod", SITEMAP_NAMESPACE)).toBe(
    story.published,
  );
});

test("past the limit, sitemap.xml indexes numbered sitemaps, robots.txt still names sitemap.xml, and every page is listed once", () => {
  const stories = Array.from({ length: 60 }, (_, i) => syntheticStory(i + 1));
  const edition = checkEdition(
    Object.fromEntries(stories.map((s) => [`stories/${s.slug}.json`, s])),
  );
  const whole = locs(fileNamed(discoveryFiles(edition), "sitemap.xml"));
  // 60 stories and their archives, the front page, the topics.
  expect(whole.length).toBeGreaterThan(100);

  const files = discoveryFiles(edition, { sitemapLimit: 40 });
  const parts = files.filter((f) => /^sitemap-\d+\.xml$/.test(f.file));
  expect(parts.map((f) => f.file)).toEqual(
    Array.from(
      { length: Math.ceil(whole.length / 40) },
      (_, i) => `sitemap-${i + 1}.xml`,
    ),
  );
  expect(locs(fileNamed(files, "sitemap.xml"))).toEqual(
    parts.map((f) => absoluteUrl(`/${f.file}`)),
  );
  expect(parts.flatMap((f) => locs(f.content))).toEqual(whole);
  expect(new Set(whole).size).toBe(whole.length);
  expect(fileNamed(files, "robots.txt")).toContain(
    `Sitemap: ${absoluteUrl("/sitemap.xml")}`,
  );
});
