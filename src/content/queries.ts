import type { Catalogue } from "./catalogue.ts";
import type { IndexEntry, StoryIndex } from "./editionData.ts";
import { plainText } from "./story.ts";
import { slugify } from "./slug.ts";

export type FullEntry = Extract<IndexEntry, { kind: "full" }>;
export type Topic = { id: string; name: string; count: number };

export function fullStories(index: StoryIndex): FullEntry[] {
  return index.filter((entry): entry is FullEntry => entry.kind === "full");
}

export function briefsIn(index: StoryIndex): IndexEntry[] {
  return index.filter((entry) => entry.kind === "brief");
}

export function topics(index: StoryIndex): Topic[] {
  const byId = new Map<string, Topic>();
  for (const story of fullStories(index)) {
    for (const name of story.topics) {
      const id = slugify(name);
      const topic = byId.get(id) ?? { id, name, count: 0 };
      topic.count += 1;
      byId.set(id, topic);
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function onTopic(
  index: StoryIndex,
  id: string,
): { topic: Topic; stories: FullEntry[] } | undefined {
  const topic = topics(index).find((t) => t.id === id);
  if (!topic) return undefined;
  return {
    topic,
    stories: fullStories(index).filter((s) =>
      s.topics.some((name) => slugify(name) === id),
    ),
  };
}

/** Stories on one page of a list: enough to scan, few enough to load fast. */
export const PAGE_SIZE = 20;

export type ListPage<T> = {
  items: T[];
  page: number;
  pages: number;
};

/** An empty list still has its first page, which says so. */
export function pageOf<T>(
  list: readonly T[],
  page: number,
): ListPage<T> | undefined {
  const pages = pageCount(list.length);
  if (!Number.isSafeInteger(page) || page < 1 || page > pages) return undefined;
  return {
    items: list.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    page,
    pages,
  };
}

export function pageCount(length: number): number {
  return Math.max(1, Math.ceil(length / PAGE_SIZE));
}

/** A story's text, for the in-memory search (catalogueContent): the browser searches Pagefind's index instead. */
export type SearchDocument = { slug: string; paragraphs: string[] };

export function searchDocuments(catalogue: Catalogue): SearchDocument[] {
  return catalogue.stories.map((story) => ({
    slug: story.slug,
    paragraphs: story.body.map((p) => plainText(p.inlines)),
  }));
}

/** `excerpt` is HTML, as Pagefind's is: escaped text with the matched words in <mark>; "" when no paragraph matched. */
export type SearchHit = { entry: IndexEntry; excerpt: string };

/** Letters and digits in any script; everything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.toLocaleLowerCase("en").match(WORD) ?? [];
}

/**
 * Every query word must match as a prefix ("elect" finds "election"); headline matches rank first.
 * @example search(index, documents, "lavrov claptrap").map((hit) => hit.entry.slug)
 */
export function search(
  index: StoryIndex,
  documents: readonly SearchDocument[],
  query: string,
): SearchHit[] {
  const terms = [...new Set(words(query))];
  if (terms.length === 0) return [];
  const text = new Map(documents.map((d) => [d.slug, d.paragraphs]));
  const hits: { hit: SearchHit; score: number; order: number }[] = [];
  index.forEach((entry, order) => {
    const headline = words(entry.headline);
    const paragraphs = text.get(entry.slug) ?? [];
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
      hit: {
        entry,
        excerpt: paragraph ? marked(snippet(paragraph, first), terms) : "",
      },
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

// `term` comes from WORD, letters and digits only, so it is safe in a regular expression as it is.
function snippet(text: string, term: string): string {
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

const ENTITIES = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
]);

/** Story text as Pagefind's excerpts have it: escaped, each matched word in <mark>. */
function marked(text: string, terms: string[]): string {
  const escape = (plain: string) =>
    plain.replace(/[&<>"]/g, (char) => ENTITIES.get(char) ?? char);
  let html = "";
  let from = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const lower = word.toLocaleLowerCase("en");
    html += escape(text.slice(from, match.index));
    html += terms.some((term) => lower.startsWith(term))
      ? `<mark>${escape(word)}</mark>`
      : escape(word);
    from = match.index + word.length;
  }
  return html + escape(text.slice(from));
}
