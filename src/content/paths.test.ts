import fc from "fast-check";
import { expect, test } from "vitest";
import { slugify } from "./slug.ts";
import {
  archivePath,
  cardPath,
  frontPagePath,
  paragraphAnchor,
  paragraphPosition,
  searchPath,
  sectionPath,
  storyPath,
  topicPath,
} from "./paths.ts";

test("a story's URL carries its section and date; a brief's needs neither", () => {
  expect(
    storyPath({
      kind: "full",
      slug: "a-story",
      published: "2018-04-20",
      section: "World News",
    }),
  ).toBe("/world-news/2018/04/20/a-story/");
  expect(storyPath({ kind: "brief", slug: "a-brief" })).toBe(
    "/briefs/a-brief/",
  );
});

test("every prefix of a story's URL is its section's archive of that year, month or day", () => {
  const story = {
    kind: "full",
    slug: "a-story",
    published: "2018-04-20",
    section: "World News",
  } as const;
  expect(sectionPath(story.section)).toBe("/world-news/");
  expect(archivePath(story.section)).toBe("/world-news/");
  expect(archivePath(story.section, "2018")).toBe("/world-news/2018/");
  expect(archivePath(story.section, "2018-04")).toBe("/world-news/2018/04/");
  expect(archivePath(story.section, story.published)).toBe(
    "/world-news/2018/04/20/",
  );
  for (const date of ["", "2018", "2018-04", "2018-04-20"])
    expect(storyPath(story).startsWith(archivePath(story.section, date))).toBe(
      true,
    );
});

test("archives are paged like the front page", () => {
  expect(sectionPath("World", 1)).toBe("/world/");
  expect(sectionPath("World", 3)).toBe("/world/page/3/");
  expect(archivePath("World", "2018", 2)).toBe("/world/2018/page/2/");
  expect(archivePath("World", "2018-04-20", 12)).toBe(
    "/world/2018/04/20/page/12/",
  );
});

test("topic and search URLs are readable and safely encoded", () => {
  expect(topicPath("Donald Trump")).toBe("/topics/donald-trump/");
  expect(searchPath()).toBe("/search/");
  expect(searchPath("  ")).toBe("/search/");
  expect(searchPath("putin & trump")).toBe("/search/?q=putin+%26+trump");
  expect(searchPath("putin", 2)).toBe("/search/?q=putin&page=2");
  expect(searchPath("putin", 1)).toBe("/search/?q=putin");
});

test("page 1 of a list is the list's own URL; later pages add /page/<n>/", () => {
  expect(frontPagePath()).toBe("/");
  expect(frontPagePath(1)).toBe("/");
  expect(frontPagePath(2)).toBe("/page/2/");
  expect(topicPath("Russia", 1)).toBe("/topics/russia/");
  expect(topicPath("Russia", 12)).toBe("/topics/russia/page/12/");
});

test("a paragraph's anchor is its position, and reads back as it", () => {
  expect(paragraphAnchor(1)).toBe("p-1");
  expect(paragraphAnchor(12)).toBe("p-12");
  for (const position of [1, 4, 120])
    expect(paragraphPosition(paragraphAnchor(position))).toBe(position);
  expect(paragraphPosition("#p-4")).toBe(4);
  for (const other of [
    "p-0",
    "p-04",
    "p--1",
    "p-",
    "p-1.5",
    "#p-4x",
    "P-4",
    "##p-4",
    "top",
    "p-99999999999999999999",
  ])
    expect(paragraphPosition(other), other).toBeUndefined();
});

test("no URL builder makes an empty segment (//), whatever names it is given", () => {
  const noDoubleSlash = (make: () => string) => {
    let path: string;
    try {
      path = make();
    } catch {
      // Refusing a name with no address is allowed; writing "//" is not.
      return;
    }
    expect(path).toMatch(/^\//);
    expect(path).not.toContain("//");
  };
  const name = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom("", "/", "Россия", "🚀", "U.S.", "—", "constructor"),
  );
  const date = fc.oneof(
    fc.constantFrom("", "2018", "2018-04", "2018-04-20", "-", "2018--20"),
    fc.string({ maxLength: 12 }),
  );
  const page = fc.oneof(fc.integer(), fc.constant(Number.NaN));
  fc.assert(
    fc.property(name, name, date, page, (a, b, day, n) => {
      noDoubleSlash(() => topicPath(a, n));
      noDoubleSlash(() => sectionPath(a, n));
      noDoubleSlash(() => archivePath(a, day, n));
      noDoubleSlash(() => frontPagePath(n));
      noDoubleSlash(() => searchPath(a, n));
      noDoubleSlash(() =>
        storyPath({ kind: "full", slug: b, section: a, published: day }),
      );
      noDoubleSlash(() => storyPath({ kind: "brief", slug: b }));
      noDoubleSlash(() => cardPath(slugify(b)));
    }),
    { numRuns: 2000, seed: 20180420 },
  );
});

test("a name in any script has a path; one with no letters, digits or emoji has none", () => {
  expect(topicPath("Россия")).toBe("/topics/россия/");
  expect(topicPath("🚀")).toBe("/topics/🚀/");
  expect(sectionPath("Мир", 2)).toBe("/мир/page/2/");
  expect(() => topicPath("—")).toThrow('"—" has no address');
  expect(() => sectionPath("!!!")).toThrow('"!!!" has no address');
  expect(() => storyPath({ kind: "brief", slug: "" })).toThrow(/no address/);
});
