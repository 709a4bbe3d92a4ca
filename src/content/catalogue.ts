// Runs where story files are read; the browser's lists and search use the lighter index (queries.ts).
import {
  parseStory,
  StoryDataError,
  type ParseOptions,
  type Brief,
  type FullStory,
  type Story,
} from "./story.ts";
import {
  relatedStories,
  similarStories,
  type RelatedStory,
  type SimilarStories,
} from "./related.ts";
import { sectionPath, topicPath } from "./paths.ts";
import { slugify } from "./slug.ts";

export type Catalogue = {
  /** Newest first, ties by headline so the order is stable. */
  stories: FullStory[];
  briefs: Brief[];
  bySlug: ReadonlyMap<string, Story>;
};

/**
 * Checks what no single file can: file names match slugs, slugs are unique, related stories exist.
 * @example checkEdition({ "stories/a.json": { kind: "brief", slug: "a", headline: "A" } })
 */
export function checkEdition(
  files: Record<string, unknown>,
  options: ParseOptions = {},
): Catalogue {
  const bySlug = new Map<string, Story>();
  const fileOf = new Map<string, string>();
  for (const [file, data] of Object.entries(files).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const story = parseStory(data, file, options);
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
  checkNames(
    [...bySlug.values()].map((story) => ({
      file: fileOf.get(story.slug) ?? story.slug,
      story,
    })),
  );
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

/**
 * Refuses two spellings of a section, or of a topic, that make one address:
 * "U.S." and "US" would both be /topics/us/, and one page cannot be both.
 * @throws StoryDataError naming the later file and field, and the spelling and file that hold the address
 * @example checkNames([{ file: "stories/a.json", story: a }, { file: "stories/b.json", story: b }])
 */
export function checkNames(
  stories: Iterable<{ file: string; story: Story }>,
): void {
  const held = new Map<string, { name: string; file: string; field: string }>();
  for (const { file, story } of stories) {
    if (story.kind !== "full") continue;
    const names: [string, string, string][] = [
      ["section", story.section, sectionPath(story.section)],
      ...story.topics.map((topic, i): [string, string, string] => [
        `topics[${i}]`,
        topic,
        topicPath(topic),
      ]),
    ];
    for (const [field, name, path] of names) {
      // Sections and topics live under different paths, so each has its own addresses.
      const key = `${field === "section" ? "section" : "topic"} ${slugify(name)}`;
      const holder = held.get(key);
      if (!holder) held.set(key, { name, file, field });
      else if (holder.name !== name)
        throw new StoryDataError(
          file,
          field,
          `${JSON.stringify(name)} would have the address ${path}, which ${JSON.stringify(holder.name)} has (${holder.file}, ${holder.field}); spell them the same, or choose another name`,
        );
    }
  }
}

export function getStory(
  catalogue: Catalogue,
  slug: string,
): Story | undefined {
  return catalogue.bySlug.get(slug);
}

/** Built on first use, once per catalogue: a catalogue is never changed after checkEdition. */
function once<T>(
  cache: WeakMap<Catalogue, T>,
  catalogue: Catalogue,
  build: () => T,
): T {
  let value = cache.get(catalogue);
  if (value === undefined) {
    value = build();
    cache.set(catalogue, value);
  }
  return value;
}

const similarByCatalogue = new WeakMap<Catalogue, SimilarStories>();

/**
 * The editor's "More:" links in their order, then the most similar full
 * stories, up to RELATED_LIMIT in all; each says which it is.
 * @example relatedTo(catalogue, story).map((r) => r.chosenBy) // ["editor", "editor", "similarity", …]
 */
export function relatedTo(
  catalogue: Catalogue,
  story: FullStory,
): RelatedStory[] {
  const similar = once(similarByCatalogue, catalogue, () =>
    similarStories(catalogue.stories),
  );
  return relatedStories(
    story,
    story.related.flatMap((slug) => catalogue.bySlug.get(slug) ?? []),
    similar,
  );
}

const mentionsByCatalogue = new WeakMap<
  Catalogue,
  ReadonlyMap<string, readonly FullStory[]>
>();

/**
 * The full stories whose editor links this slug, newest first. One pass over
 * the catalogue, the first time it is asked, answers every slug.
 * @example mentioning(catalogue, "a-brief") // [FullStory, …]
 */
export function mentioning(
  catalogue: Catalogue,
  slug: string,
): readonly FullStory[] {
  const mentions = once(mentionsByCatalogue, catalogue, () => {
    const bySlug = new Map<string, FullStory[]>();
    for (const story of catalogue.stories)
      for (const linked of new Set(story.related)) {
        const list = bySlug.get(linked);
        if (list) list.push(story);
        else bySlug.set(linked, [story]);
      }
    return bySlug;
  });
  return mentions.get(slug) ?? [];
}
