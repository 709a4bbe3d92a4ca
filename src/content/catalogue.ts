/**
 * The catalogue: every story of the edition, checked as a whole, and what one
 * story's page needs from the rest. It runs where the story files are read
 * (the build, the dev server, the tests); lists and search work on the
 * lighter index (queries.ts) that the browser fetches.
 */
import {
  parseStory,
  StoryDataError,
  type ParseOptions,
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

/**
 * Parses every story file and checks what no single file can: that file names
 * match slugs, slugs are unique and related stories exist.
 *
 * @param files parsed JSON keyed by file name, e.g. `{ "stories/x.json": {...} }`
 * @param options `today`, the build day: stories dated after it are refused
 * @throws StoryDataError naming the file and field
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
