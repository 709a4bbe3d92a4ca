// Every prefix of a story's URL is a page: a section's front, and its stories
// of a year, a month or a day. The index is grouped once into shelves, so each
// archive page costs a lookup and a slice however many stories there are.
import type { StoryIndex } from "./editionData.ts";
import { fullStories, type FullEntry } from "./queries.ts";
import { isSlug, slugify } from "./slug.ts";

/** The stories filed under one prefix of their URLs: a section, or one of its years, months or days. */
export type Shelf = {
  /** The section's name as its newest story spells it. */
  section: string;
  /** "" for the section front, else "2018", "2018-04" or "2018-04-20". */
  date: string;
  /** Newest first, as in the index. */
  stories: FullEntry[];
  /** The nearest later and earlier year, month or day of this section that has stories. */
  newer?: string;
  older?: string;
  /** One level down (the section's years, a year's months, a month's days), newest first. */
  within: { date: string; count: number }[];
};

/** The URL's segments an archive route reads (react-router's params). */
export type ArchiveParams = Partial<
  Record<"section" | "year" | "month" | "day", string>
>;

// The index is read-only data, and a loader asks for one shelf: grouping it
// once per index keeps a thousand archive pages from regrouping it a thousand times.
const grouped = new WeakMap<StoryIndex, Map<string, Shelf>>();

/**
 * Every shelf with at least one story, keyed `<section slug>/<date>`: each is a page.
 * @example [...shelves(index).values()].map((s) => archivePath(s.section, s.date)) // ["/world/", "/world/2018/", …]
 */
export function shelves(index: StoryIndex): Map<string, Shelf> {
  let found = grouped.get(index);
  if (!found) {
    found = group(index);
    grouped.set(index, found);
  }
  return found;
}

/** Only the segments archivePath writes: "2018", "04", "20"; "18" or "4" are other URLs. */
const YEAR = /^\d{4}$/;
const TWO_DIGITS = /^\d{2}$/;

/**
 * The shelf a URL names, or undefined if no story is filed there: an unknown
 * section, an impossible date (month 13) and a day without stories alike.
 * @example shelfAt(index, { section: "world", year: "2018", month: "04" })?.stories.length
 */
export function shelfAt(
  index: StoryIndex,
  { section = "", year, month, day }: ArchiveParams,
): Shelf | undefined {
  if (year !== undefined && !YEAR.test(year)) return undefined;
  if (month !== undefined && !TWO_DIGITS.test(month)) return undefined;
  if (day !== undefined && !TWO_DIGITS.test(day)) return undefined;
  const parts = [year, month, day];
  const date = parts.filter((part) => part !== undefined);
  // A day needs its month and year: "2018" and "04" as year and day are not April.
  if (parts.slice(0, date.length).includes(undefined)) return undefined;
  return shelves(index).get(`${section}/${date.join("-")}`);
}

function group(index: StoryIndex): Map<string, Shelf> {
  const found = new Map<string, Shelf>();
  for (const story of fullStories(index)) {
    const section = slugify(story.section);
    // A section whose name has no letters or digits a URL can carry has no front to live at.
    if (!isSlug(section)) continue;
    const { published } = story;
    for (const date of [
      "",
      published.slice(0, 4),
      published.slice(0, 7),
      published,
    ]) {
      const key = `${section}/${date}`;
      const shelf = found.get(key);
      if (shelf) shelf.stories.push(story);
      else
        found.set(key, {
          section: story.section,
          date,
          stories: [story],
          within: [],
        });
    }
  }
  linkNeighbours(found);
  return found;
}

/** Each dated shelf learns its neighbours at its own level, and its parent learns of it. */
function linkNeighbours(found: Map<string, Shelf>): void {
  const levels = new Map<string, { section: string; shelves: Shelf[] }>();
  for (const [key, shelf] of found) {
    if (shelf.date === "") continue;
    const section = key.slice(0, key.indexOf("/"));
    const level = `${section}/${shelf.date.length}`;
    const list = levels.get(level) ?? { section, shelves: [] };
    list.shelves.push(shelf);
    levels.set(level, list);
  }
  for (const { section, shelves: level } of levels.values()) {
    // ISO dates sort as text; newest first, like the stories.
    level.sort((a, b) => (a.date < b.date ? 1 : -1));
    level.forEach((shelf, i) => {
      const newer = level[i - 1]?.date;
      const older = level[i + 1]?.date;
      if (newer !== undefined) shelf.newer = newer;
      if (older !== undefined) shelf.older = older;
      const parent = found.get(`${section}/${parentDate(shelf.date)}`);
      parent?.within.push({ date: shelf.date, count: shelf.stories.length });
    });
  }
}

/** @example parentDate("2018-04-20") === "2018-04" && parentDate("2018") === "" */
function parentDate(date: string): string {
  return date.length === 4 ? "" : date.slice(0, date.length - 3);
}
