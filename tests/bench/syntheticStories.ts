/**
 * Plainly made up, but of a realistic shape. Story i is the same whatever the
 * count and relates only to stories before it, so "story 0001" is the same
 * page in a 1-, 100- and 1,000-story build: its size can be compared.
 *
 *     await writeSyntheticStories(tmp, 1000); // tmp/synthetic-story-0001.json …
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { FullStory, Paragraph } from "../../src/content/story.ts";

const SECTIONS = ["World", "Business", "Science", "Sport", "Culture"];
/** A small pool, so that topic pages grow with the catalogue as real ones do. */
const TOPICS = [
  "Topic Alpha",
  "Topic Bravo",
  "Topic Charlie",
  "Topic Delta",
  "Topic Echo",
  "Topic Foxtrot",
  "Topic Golf",
  "Topic Hotel",
];
/** Ordinary words, so the search index holds the kind of text real stories do. */
const WORDS =
  `the of and to in a is that for it as was with be by on not he this are or his
from at which but have an they you were her she there been one all we their has would when
if so no will more can said who about out up them some could what into than then other time
only its new these two may first also after any like over people our now government minister
report city council plan week year month market price water energy school health court vote
police talks border trade rain season team match museum music study research data company
workers union bank rates farmers village bridge road station harbour coast forest river
mountain island capital region province election campaign budget tax hospital doctors nurses
students teachers parliament committee agency office statement officials residents visitors
morning evening night weekend summer winter spring autumn north south east west local national`
    .split(/\s+/)
    .filter((word) => word !== "");
const DAY_MS = 24 * 60 * 60 * 1000;
/** The newest story's day; later stories go back from it, three a day. */
const NEWEST = Date.UTC(2025, 11, 31);

/** @example syntheticSlug(42) === "synthetic-story-0042" */
export function syntheticSlug(index: number): string {
  return `synthetic-story-${String(index).padStart(4, "0")}`;
}

/** `index` from 1; the same index always gives the same story. */
export function syntheticStory(index: number): FullStory {
  const random = seeded(index);
  const pick = (items: readonly string[]): string =>
    items[Math.floor(random() * items.length)] ?? "";
  const between = (low: number, high: number) =>
    low + Math.floor(random() * (high - low + 1));

  const number = String(index).padStart(4, "0");
  const headlineWords = Array.from({ length: between(4, 8) }, () =>
    pick(WORDS),
  ).join(" ");
  const topics = [
    ...new Set(Array.from({ length: between(1, 3) }, () => pick(TOPICS))),
  ];
  const body: Paragraph[] = Array.from({ length: between(8, 12) }, (_, i) => ({
    inlines: [
      {
        type: "text",
        value: paragraphText(
          i === 0 ? number : undefined,
          between(50, 70),
          () => pick(WORDS),
        ),
      },
    ],
  }));
  const related =
    index === 1
      ? []
      : [
          ...new Set(
            Array.from({ length: between(0, 3) }, () =>
              syntheticSlug(between(1, index - 1)),
            ),
          ),
        ];
  return {
    kind: "full",
    slug: syntheticSlug(index),
    headline: `Synthetic story ${number}: ${headlineWords}`,
    published: new Date(NEWEST - Math.floor((index - 1) / 3) * DAY_MS)
      .toISOString()
      .slice(0, 10),
    section: pick(SECTIONS),
    topics,
    body,
    related,
    ...(index % 3 === 0
      ? { credit: { role: "Contributing", organization: "Synthetic Wire" } }
      : {}),
  };
}

/** About `length` words; the first paragraph says what the text is. */
function paragraphText(
  number: string | undefined,
  length: number,
  word: () => string,
): string {
  const words = Array.from({ length }, word);
  const sentences: string[] = [];
  for (let at = 0; at < words.length; at += 12) {
    const sentence = words.slice(at, at + 12).join(" ");
    sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
  }
  const text = sentences.join(" ");
  return number === undefined
    ? text
    : `Synthetic story ${number} is generated filler for the Dateline benchmark, not news. ${text}`;
}

export async function writeSyntheticStories(
  dir: string,
  count: number,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const slugs: string[] = [];
  for (let index = 1; index <= count; index += 1) {
    const story = syntheticStory(index);
    await writeFile(
      join(dir, `${story.slug}.json`),
      `${JSON.stringify(story, null, 2)}\n`,
    );
    slugs.push(story.slug);
  }
  return slugs;
}

/**
 * A small seeded generator (mulberry32): the same seed gives the same
 * sequence on every machine, which Math.random cannot promise.
 */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
