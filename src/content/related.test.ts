import { expect, test } from "vitest";
import {
  RELATED_LIMIT,
  relatedStories,
  similarStories,
  terms,
  type RelatedStory,
} from "./related.ts";
import { full } from "./sampleEdition.ts";
import type { Brief, FullStory } from "./story.ts";

function story(
  slug: string,
  text: string,
  overrides: Partial<FullStory> = {},
): FullStory {
  return full(slug, {
    headline: slug.replaceAll("-", " "),
    topics: [],
    body: [{ inlines: [{ type: "text", value: text }] }],
    ...overrides,
  });
}

const slugs = (related: RelatedStory[]) => related.map((r) => r.story.slug);

/** Twelve stories on one subject, each with a word of its own, a day apart. */
const glaciers = Array.from({ length: 12 }, (_, i) =>
  story(
    `glacier-${String(i).padStart(2, "0")}`,
    `Greenland glacier meltwater calving icebergs fjord sediment survey ${"abcdefghijklmnop".charAt(i)}word.`,
    {
      topics: ["Climate"],
      published: `2020-01-${String(10 + i).padStart(2, "0")}`,
    },
  ),
);
const [first, second, third] = glaciers;
if (!first || !second || !third) throw new Error("glaciers missing");

test("terms are lower-cased words in any script, without stop words or possessives", () => {
  expect(terms("The President's talks with the U.N. in 2018")).toEqual([
    "president",
    "talks",
    "un",
    "2018",
  ]);
  expect(terms("Переговоры в Москве, محادثات في القاهرة")).toEqual([
    "переговоры",
    "в",
    "москве",
    "محادثات",
    "في",
    "القاهرة",
  ]);
  expect(terms("Won't stop. End.Start — a b 7 é")).toEqual([
    "wont",
    "stop",
    "end",
    "start",
    "é",
  ]);
});

test("the editor's picks come first, in their order, then similar stories fill the list to six", () => {
  const brief: Brief = { kind: "brief", slug: "a-brief", headline: "A" };
  const similar = similarStories(glaciers);
  const related = relatedStories(first, [brief, third], similar);
  expect(related).toHaveLength(RELATED_LIMIT);
  expect(related.slice(0, 2)).toEqual([
    { story: brief, chosenBy: "editor" },
    { story: third, chosenBy: "editor" },
  ]);
  expect(related.slice(2).map((r) => r.chosenBy)).toEqual(
    Array(RELATED_LIMIT - 2).fill("similarity"),
  );
});

test("a story is never related to itself, nor listed twice", () => {
  const similar = similarStories(glaciers);
  for (const each of glaciers) {
    const related = relatedStories(each, [second, second, each], similar);
    expect(slugs(related)).not.toContain(each.slug);
    expect(new Set(slugs(related)).size).toBe(related.length);
    expect(related.length).toBe(RELATED_LIMIT);
  }
  // The editor's own picks already fill the list: nothing is computed.
  const many = glaciers.slice(1, 9);
  expect(slugs(relatedStories(first, many, similar))).toEqual(
    many.map((s) => s.slug),
  );
});

test("the same stories in any order give the same lists", () => {
  const edition = [
    ...glaciers,
    story("budget-vote", "Parliament budget vote tax rates.", {
      topics: ["Politics"],
    }),
    story("tax-rates", "Budget tax rates rise after the vote.", {
      topics: ["Politics"],
    }),
  ];
  const shuffled = [...edition].reverse();
  shuffled.push(...shuffled.splice(0, 5));
  const inOrder = similarStories(edition);
  const outOfOrder = similarStories(shuffled);
  for (const each of edition)
    expect(
      outOfOrder.similarTo(each.slug, RELATED_LIMIT).map((s) => s.slug),
    ).toEqual(inOrder.similarTo(each.slug, RELATED_LIMIT).map((s) => s.slug));
});

test("equally similar stories are ordered by slug", () => {
  const twin = (slug: string) =>
    story(slug, "Volcano eruption lava ash plume.", { topics: ["Iceland"] });
  const similar = similarStories([
    twin("twin-c"),
    twin("twin-a"),
    twin("twin-b"),
    twin("origin"),
  ]);
  expect(similar.similarTo("origin", 6).map((s) => s.slug)).toEqual([
    "twin-a",
    "twin-b",
    "twin-c",
  ]);
});

test("a story on the same topic with many of the same rare words ranks above an unrelated one", () => {
  const filler = (slug: string, words: string) =>
    story(slug, `Report on ${words}.`, { published: "2020-01-01" });
  const edition = [
    story(
      "coral-bleaching",
      "Report: coral bleaching reef algae warming Queensland.",
      { topics: ["Oceans"], published: "2020-01-01" },
    ),
    // Weeks older, so recency favours the unrelated story; content must win.
    story(
      "reef-survey",
      "Divers survey coral bleaching across the reef; algae and warming in Queensland.",
      { topics: ["Oceans"], published: "2019-11-01" },
    ),
    // Shares the day and a few words, one of them common, but not the subject.
    story(
      "council-budget",
      "Report: Queensland council budget for warming shelters.",
      {
        topics: ["Local"],
        published: "2020-01-01",
      },
    ),
    filler("filler-1", "roads"),
    filler("filler-2", "schools"),
    filler("filler-3", "trains"),
  ];
  const found = similarStories(edition)
    .similarTo("coral-bleaching", 6)
    .map((s) => s.slug);
  expect(found).toEqual(["reef-survey", "council-budget"]);
});

test("stories that share only stop words are not similar", () => {
  const similar = similarStories([
    story("one", "It was the one that they said would be there."),
    story("two", "And so it was that we were here with them."),
  ]);
  expect(similar.similarTo("one", 6)).toEqual([]);
  expect(similar.similarTo("two", 6)).toEqual([]);
});

test("stories without topics are matched on their words alone", () => {
  const similar = similarStories([
    story("quake", "Earthquake tremor seismologists aftershocks Anatolia."),
    story("aftershock", "Aftershocks rattle Anatolia, seismologists say."),
    story("recipe", "Bake the sourdough loaf slowly."),
  ]);
  expect(similar.similarTo("quake", 6).map((s) => s.slug)).toEqual([
    "aftershock",
  ]);
  expect(similar.similarTo("recipe", 6)).toEqual([]);
});

test("an edition of one story has nothing to suggest, and unknown slugs have nothing", () => {
  const only = story("only", "A lone story about lighthouses.", {
    topics: ["Coasts"],
  });
  const similar = similarStories([only]);
  expect(relatedStories(only, [], similar)).toEqual([]);
  expect(similar.similarTo("nobody", 6)).toEqual([]);
  expect(similarStories([]).similarTo("only", 6)).toEqual([]);
});
