/**
 * The catalogue: every story of the edition, checked as a whole, and the pure
 * queries that pages' loaders ask of it. Imports no React and touches no
 * browser API, so it runs the same in the browser, at build time and in tests.
 */
import { slugify } from "./slug.ts";
import {
  parseStory,
  plainText,
  StoryDataError,
  type Brief,
  type FullStory,
  type Story,
} from "./story.ts";

export type Catalogue = {
  /** Full stories, newest first (ties broken by headline, so order is stable). */
  stories: FullStory[];
  /** Briefs, by headline. */
  briefs: Brief[];
  bySlug: ReadonlyMap<string, Story>;
};

export type Topic = { id: string; name: string; count: number };

/**
 * Parses every story file and checks what no single file can: that file names
 * match slugs, slugs are unique and related stories exist.
 *
 * @param files parsed JSON keyed by file name, e.g. `{ "stories/x.json": {...} }`
 * @throws StoryDataError naming the file and field
 * @example checkEdition({ "stories/a.json": { kind: "brief", slug: "a", headline: "A" } })
 */
export function checkEdition(files: Record<string, unknown>): Catalogue {
  const bySlug = new Map<string, Story>();
  const fileOf = new Map<string, string>();
  for (const [file, data] of Object.entries(files).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const story = parseStory(data, file);
    const expected = `${story.slug}.json`;
    if (!file.endsWith(`/${expected}`) && file !== expected) {
      throw new StoryDataError(file, "slug", `file must be named ${expected}`);
    }
    const other = fileOf.get(story.slug);
    if (other)
      throw new StoryDataError(
        file,
        "slug",
        `"${story.slug}" is already used by ${other}`,
      );
    bySlug.set(story.slug, story);
    fileOf.set(story.slug, file);
  }
  for (const story of bySlug.values()) {
    if (story.kind !== "full") continue;
    story.related.forEach((slug, i) => {
      const file = fileOf.get(story.slug) ?? story.slug;
      const fail = (problem: string) =>
        new StoryDataError(file, `related[${i}]`, problem);
      if (slug === story.slug)
        throw fail("a story cannot be related to itself");
      if (!bySlug.has(slug)) throw fail(`no story has the slug "${slug}"`);
    });
  }
  const all = [...bySlug.values()];
  return {
    stories: all
      .filter((s): s is FullStory => s.kind === "full")
      .sort(
        (a, b) =>
          b.published.localeCompare(a.published) ||
          a.headline.localeCompare(b.headline),
      ),
    briefs: all
      .filter((s): s is Brief => s.kind === "brief")
      .sort((a, b) => a.headline.localeCompare(b.headline)),
    bySlug,
  };
}

export function getStory(
  catalogue: Catalogue,
  slug: string,
): Story | undefined {
  return catalogue.bySlug.get(slug);
}

/** The stories a story lists as related, in its own order. */
export function relatedTo(catalogue: Catalogue, story: FullStory): Story[] {
  return story.related.flatMap((slug) => catalogue.bySlug.get(slug) ?? []);
}

/** Full stories that list `slug` among their related stories: where a brief is mentioned. */
export function mentioning(catalogue: Catalogue, slug: string): FullStory[] {
  return catalogue.stories.filter((story) => story.related.includes(slug));
}

/** Every topic of the edition with how many stories carry it, by name. */
export function topics(catalogue: Catalogue): Topic[] {
  const byId = new Map<string, Topic>();
  for (const story of catalogue.stories) {
    for (const name of story.topics) {
      const id = slugify(name);
      const topic = byId.get(id) ?? { id, name, count: 0 };
      topic.count += 1;
      byId.set(id, topic);
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** A topic by its URL id, with its stories newest first; undefined if no story carries it. */
export function onTopic(
  catalogue: Catalogue,
  id: string,
): { topic: Topic; stories: FullStory[] } | undefined {
  const topic = topics(catalogue).find((t) => t.id === id);
  if (!topic) return undefined;
  return {
    topic,
    stories: catalogue.stories.filter((s) =>
      s.topics.some((name) => slugify(name) === id),
    ),
  };
}

export type SearchHit = { story: Story; snippet?: string };

/** Letters and digits in any script; everything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.toLocaleLowerCase("en").match(WORD) ?? [];
}

/**
 * Stories whose headline or text contains every word of the query (a word
 * matches as a prefix, so "elect" finds "election"). Headline matches rank
 * first, then newer stories.
 *
 * @example search(catalogue, "lavrov claptrap").map((hit) => hit.story.slug)
 */
export function search(catalogue: Catalogue, query: string): SearchHit[] {
  const terms = [...new Set(words(query))];
  if (terms.length === 0) return [];
  const hits: { hit: SearchHit; score: number; order: number }[] = [];
  const entries: Story[] = [...catalogue.stories, ...catalogue.briefs];
  entries.forEach((story, order) => {
    const headline = words(story.headline);
    const paragraphs =
      story.kind === "full" ? story.body.map((p) => plainText(p.inlines)) : [];
    const body = paragraphs.flatMap(words);
    const has = (list: string[], term: string) =>
      list.some((w) => w.startsWith(term));
    if (!terms.every((term) => has(headline, term) || has(body, term))) return;
    const score = terms.filter((term) => has(headline, term)).length;
    const first = terms[0] ?? "";
    const paragraph = paragraphs.find((p) =>
      words(p).some((w) => w.startsWith(first)),
    );
    hits.push({
      hit: paragraph
        ? { story, snippet: excerpt(paragraph, first) }
        : { story },
      score,
      order,
    });
  });
  return hits
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ hit }) => hit);
}

/** Longest snippet shown under a search result, in characters: about two lines. */
const SNIPPET_LENGTH = 200;

/**
 * A window of `text` around the first word starting with `term`, cut at
 * spaces. `term` comes from WORD, letters and digits only, so it is safe to
 * put in a regular expression as it is.
 */
function excerpt(text: string, term: string): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  const at = Math.max(
    0,
    text
      .toLocaleLowerCase("en")
      .search(new RegExp(`(?<![\\p{L}\\p{N}])${term}`, "u")),
  );
  let start = Math.max(0, at - SNIPPET_LENGTH / 4);
  start = start === 0 ? 0 : text.indexOf(" ", start) + 1;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  end = end === text.length ? end : text.lastIndexOf(" ", end);
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}

/** Whole words in a story's text, for reading time. */
export function wordCount(story: FullStory): number {
  return story.body.reduce(
    (sum, p) => sum + plainText(p.inlines).split(/\s+/).filter(Boolean).length,
    0,
  );
}
