import { expect, test } from "vitest";
import {
  checkEdition,
  mentioning,
  onTopic,
  relatedTo,
  search,
  topics,
  wordCount,
} from "./catalogue.ts";
import type { FullStory } from "./story.ts";

function full(slug: string, overrides: Partial<FullStory> = {}): FullStory {
  return {
    kind: "full",
    slug,
    headline: `Headline of ${slug}`,
    published: "2018-04-20",
    section: "World",
    topics: ["Russia"],
    body: [{ inlines: [{ type: "text", value: `Text of ${slug}.` }] }],
    related: [],
    ...overrides,
  };
}

function files(
  ...stories: ({ slug: string } & Record<string, unknown>)[]
): Record<string, unknown> {
  return Object.fromEntries(stories.map((s) => [`stories/${s.slug}.json`, s]));
}

const catalogue = checkEdition(
  files(
    full("older", {
      published: "2018-03-01",
      topics: ["Russia", "Donald Trump"],
      related: ["a-brief"],
    }),
    full("newer", {
      published: "2018-04-20",
      headline: "Lavrov rejects claptrap",
      body: [
        { inlines: [{ type: "text", value: "Nothing here." }] },
        {
          inlines: [
            { type: "text", value: "Elections were discussed in Moscow." },
          ],
        },
      ],
      related: ["a-brief", "older"],
    }),
    { kind: "brief", slug: "a-brief", headline: "Putin visits Washington" },
  ),
);

test("checkEdition orders stories newest first and keeps briefs apart", () => {
  expect(catalogue.stories.map((s) => s.slug)).toEqual(["newer", "older"]);
  expect(catalogue.briefs.map((s) => s.slug)).toEqual(["a-brief"]);
});

test("checkEdition rejects a file named differently from its slug", () => {
  expect(() => checkEdition({ "stories/wrong.json": full("right") })).toThrow(
    "stories/wrong.json: slug: file must be named right.json",
  );
});

test("checkEdition rejects a slug used twice", () => {
  expect(() =>
    checkEdition({
      "stories/same.json": full("same"),
      "other/same.json": { kind: "brief", slug: "same", headline: "Same" },
    }),
  ).toThrow(
    /stories\/same\.json: slug: "same" is already used by other\/same\.json/,
  );
});

test("checkEdition rejects a related story that does not exist, and a story related to itself", () => {
  expect(() =>
    checkEdition(files(full("lonely", { related: ["ghost"] }))),
  ).toThrow('stories/lonely.json: related[0]: no story has the slug "ghost"');
  expect(() =>
    checkEdition(files(full("narcissus", { related: ["narcissus"] }))),
  ).toThrow(
    "stories/narcissus.json: related[0]: a story cannot be related to itself",
  );
});

test("checkEdition passes on parse errors naming the file", () => {
  expect(() => checkEdition({ "stories/bad.json": { kind: "full" } })).toThrow(
    /^stories\/bad\.json: slug:/,
  );
});

test("relatedTo keeps the story's own order; mentioning finds who points at a brief", () => {
  const newer = catalogue.stories[0];
  expect(newer && relatedTo(catalogue, newer).map((s) => s.slug)).toEqual([
    "a-brief",
    "older",
  ]);
  expect(mentioning(catalogue, "a-brief").map((s) => s.slug)).toEqual([
    "newer",
    "older",
  ]);
  expect(mentioning(catalogue, "newer")).toEqual([]);
});

test("topics counts stories per topic; onTopic lists them newest first", () => {
  expect(topics(catalogue)).toEqual([
    { id: "donald-trump", name: "Donald Trump", count: 1 },
    { id: "russia", name: "Russia", count: 2 },
  ]);
  expect(onTopic(catalogue, "russia")?.stories.map((s) => s.slug)).toEqual([
    "newer",
    "older",
  ]);
  expect(onTopic(catalogue, "donald-trump")?.topic.name).toBe("Donald Trump");
  expect(onTopic(catalogue, "nobody")).toBeUndefined();
});

test("search needs every word, matches word prefixes, and ranks headline matches first", () => {
  expect(search(catalogue, "elect moscow").map((h) => h.story.slug)).toEqual([
    "newer",
  ]);
  expect(search(catalogue, "ELECTIONS")[0]?.snippet).toBe(
    "Elections were discussed in Moscow.",
  );
  expect(search(catalogue, "putin").map((h) => h.story.slug)).toEqual([
    "a-brief",
  ]);
  expect(search(catalogue, "text").map((h) => h.story.slug)).toEqual(["older"]);
  expect(search(catalogue, "headline").map((h) => h.story.slug)).toEqual([
    "older",
  ]);
  expect(search(catalogue, "moscow zebra")).toEqual([]);
  expect(search(catalogue, "  ?! ")).toEqual([]);
});

test("search trims a long paragraph to a snippet around the match", () => {
  const long = `${"Filler words come first here. ".repeat(20)}The needle sits here. ${"More filler after it. ".repeat(20)}`;
  const edition = checkEdition(
    files(
      full("long", {
        body: [{ inlines: [{ type: "text", value: long.trim() }] }],
      }),
    ),
  );
  const snippet = search(edition, "needle")[0]?.snippet ?? "";
  expect(snippet).toContain("The needle sits here.");
  expect(snippet.length).toBeLessThanOrEqual(202);
  expect(snippet.startsWith("…") && snippet.endsWith("…")).toBe(true);
});

test("wordCount counts the words of every paragraph", () => {
  expect(
    wordCount(
      full("x", {
        body: [
          { inlines: [{ type: "text", value: "one two  three" }] },
          { inlines: [{ type: "text", value: "four" }] },
        ],
      }),
    ),
  ).toBe(4);
});
