import { expect, test } from "vitest";
import { shelfAt, shelves } from "./archives.ts";
import type { IndexEntry, StoryIndex } from "./editionData.ts";

function story(slug: string, published: string, section = "World"): IndexEntry {
  return {
    kind: "full",
    slug,
    headline: `Headline ${slug}`,
    published,
    section,
    topics: [],
    paragraphs: 3,
  };
}

// Newest first, as the index is.
const index: StoryIndex = [
  story("a", "2018-05-02"),
  story("b", "2018-04-20"),
  story("c", "2018-04-20", "Sport"),
  story("d", "2018-04-20"),
  story("e", "2018-04-03"),
  story("f", "2017-12-31"),
  { kind: "brief", slug: "g", headline: "A brief" },
];

const slugs = (found: { stories: { slug: string }[] } | undefined) =>
  found?.stories.map((s) => s.slug);

test("a section front holds its stories, newest first, and no other section's", () => {
  expect(slugs(shelfAt(index, { section: "world" }))).toEqual([
    "a",
    "b",
    "d",
    "e",
    "f",
  ]);
  expect(slugs(shelfAt(index, { section: "sport" }))).toEqual(["c"]);
  expect(shelfAt(index, { section: "world" })?.section).toBe("World");
});

test("each prefix of a story's date holds the section's stories under it", () => {
  expect(slugs(shelfAt(index, { section: "world", year: "2018" }))).toEqual([
    "a",
    "b",
    "d",
    "e",
  ]);
  expect(
    slugs(shelfAt(index, { section: "world", year: "2018", month: "04" })),
  ).toEqual(["b", "d", "e"]);
  expect(
    slugs(
      shelfAt(index, {
        section: "world",
        year: "2018",
        month: "04",
        day: "20",
      }),
    ),
  ).toEqual(["b", "d"]);
});

test("a prefix with no stories, or one archivePath never writes, has no shelf", () => {
  for (const params of [
    { section: "business" },
    { section: "World" },
    { section: "briefs" },
    { section: "" },
    {},
    { section: "world", year: "2016" },
    { section: "world", year: "18" },
    { section: "world", year: "02018" },
    { section: "world", year: "2018", month: "13" },
    { section: "world", year: "2018", month: "4" },
    { section: "world", year: "2018", month: "00" },
    { section: "world", year: "2018", month: "04", day: "31" },
    { section: "world", year: "2018", month: "04", day: "21" },
    { section: "world", year: "2018", month: "04", day: "2e" },
    { section: "sport", year: "2018", month: "05" },
    // A day without its month is not the month it looks like.
    { section: "world", year: "2018", day: "04" },
    { section: "world", month: "04" },
  ])
    expect(shelfAt(index, params), JSON.stringify(params)).toBeUndefined();
});

test("every dated shelf knows its nearest neighbours with stories, across years and months", () => {
  const day = (d: string) => shelves(index).get(`world/${d}`);
  expect(day("2018-04-20")).toMatchObject({
    newer: "2018-05-02",
    older: "2018-04-03",
  });
  expect(day("2018-05-02")?.newer).toBeUndefined();
  expect(day("2017-12-31")?.older).toBeUndefined();
  expect(day("2018-04-03")?.older).toBe("2017-12-31");
  expect(day("2018-04")).toMatchObject({ newer: "2018-05", older: "2017-12" });
  expect(day("2018")).toMatchObject({ older: "2017" });
  expect(day("2018")?.newer).toBeUndefined();
  // Another section's days are not neighbours.
  expect(shelves(index).get("sport/2018-04-20")?.newer).toBeUndefined();
});

test("each shelf lists the level below it with counts, newest first", () => {
  const within = (key: string) => shelves(index).get(key)?.within;
  expect(within("world/")).toEqual([
    { date: "2018", count: 4 },
    { date: "2017", count: 1 },
  ]);
  expect(within("world/2018")).toEqual([
    { date: "2018-05", count: 1 },
    { date: "2018-04", count: 3 },
  ]);
  expect(within("world/2018-04")).toEqual([
    { date: "2018-04-20", count: 2 },
    { date: "2018-04-03", count: 1 },
  ]);
  expect(within("world/2018-04-20")).toEqual([]);
});

test("the same index is grouped once, and a new index afresh", () => {
  expect(shelves(index)).toBe(shelves(index));
  const more = [story("z", "2019-01-01"), ...index];
  expect(shelves(more)).not.toBe(shelves(index));
  expect(slugs(shelfAt(more, { section: "world", year: "2019" }))).toEqual([
    "z",
  ]);
});

test("a section whose name a URL cannot carry gets no shelf", () => {
  const odd = [story("x", "2018-04-20", "…"), story("y", "2018-04-20")];
  expect([...shelves(odd).keys()]).toEqual([
    "world/",
    "world/2018",
    "world/2018-04",
    "world/2018-04-20",
  ]);
});

test("10,000 stories group in one pass, not one per page", () => {
  const sections = ["World", "Business", "Science", "Sport", "Culture"];
  const big: StoryIndex = Array.from({ length: 10_000 }, (_, i) =>
    story(
      `s${i}`,
      new Date(Date.UTC(2025, 11, 31) - Math.floor(i / 3) * 86_400_000)
        .toISOString()
        .slice(0, 10),
      sections[i % 5],
    ),
  );
  const started = performance.now();
  const all = shelves(big);
  for (const shelf of all.values())
    expect(shelf.stories.length).toBeGreaterThan(0);
  // Generous for a busy machine; a per-page regrouping takes minutes.
  expect(performance.now() - started).toBeLessThan(2_000);
  const total = [...all.values()]
    .filter((shelf) => shelf.date === "")
    .reduce((sum, shelf) => sum + shelf.stories.length, 0);
  expect(total).toBe(10_000);
});
