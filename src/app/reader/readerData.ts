/**
 * The shape of the reader's private data, and the only door into it: whatever sits in
 * storage or comes from another tab is `unknown` until `migrate` has checked every field.
 */

import { isRecord } from "../../content/checks.ts";
import { isSlug } from "../../content/slug.ts";

export const READER_DATA_VERSION = 1;

/** How many stories' reading positions are kept; older ones make room for newer. */
export const PROGRESS_LIMIT = 200;

export interface SavedStory {
  readonly slug: string;
  /** ISO 8601. */
  readonly savedAt: string;
}

export interface ReadingProgress {
  /** 1-based. */
  readonly paragraph: number;
  /** ISO 8601. */
  readonly at: string;
}

export interface ReaderData {
  readonly version: typeof READER_DATA_VERSION;
  /** Newest saved first; each slug at most once. */
  readonly saved: readonly SavedStory[];
  /** By slug: a Map, since "constructor" is a slug and a plain object already has one. */
  readonly progress: ReadonlyMap<string, ReadingProgress>;
}

export const emptyReaderData: ReaderData = Object.freeze({
  version: READER_DATA_VERSION,
  saved: Object.freeze([]),
  progress: new Map(),
});

/** Thrown when stored data cannot be read as any version we know; the message names the field. */
export class CorruptReaderDataError extends Error {
  override name = "CorruptReaderDataError";
}

// A full ISO 8601 date-time: anything looser (Date.parse takes "March 7") would sort unpredictably.
const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  return (
    typeof value === "string" &&
    ISO_DATE_TIME.test(value) &&
    Number.isFinite(Date.parse(value))
  );
}

export function isParagraph(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}

function describe(value: unknown): string {
  if (value === undefined) return "missing";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Checks one saved entry. Returns the reason it is invalid (naming `path`), or the entry.
 * Shared with the import file, so both report problems the same way.
 */
export function checkSavedStory(
  value: unknown,
  path: string,
): SavedStory | string {
  if (!isRecord(value))
    return `${path}: expected an object, got ${describe(value)}`;
  if (!isSlug(value.slug))
    return `${path}.slug: ${describe(value.slug)} is not a story slug (lower-case words joined by single hyphens)`;
  if (!isIsoDate(value.savedAt))
    return `${path}.savedAt: ${describe(value.savedAt)} is not an ISO date and time`;
  return { slug: value.slug, savedAt: value.savedAt };
}

function checkProgress(value: unknown, path: string): ReadingProgress {
  if (!isRecord(value))
    throw new CorruptReaderDataError(
      `${path}: expected an object, got ${describe(value)}`,
    );
  if (!isParagraph(value.paragraph))
    throw new CorruptReaderDataError(
      `${path}.paragraph: ${describe(value.paragraph)} is not a positive whole number`,
    );
  if (!isIsoDate(value.at))
    throw new CorruptReaderDataError(
      `${path}.at: ${describe(value.at)} is not an ISO date and time`,
    );
  return { paragraph: value.paragraph, at: value.at };
}

function fromVersion1(raw: Record<string, unknown>): ReaderData {
  if (!Array.isArray(raw.saved))
    throw new CorruptReaderDataError(
      `saved: expected a list, got ${describe(raw.saved)}`,
    );
  const seen = new Map<string, number>();
  const saved = raw.saved.map((entry: unknown, index) => {
    const checked = checkSavedStory(entry, `saved[${index}]`);
    if (typeof checked === "string") throw new CorruptReaderDataError(checked);
    const first = seen.get(checked.slug);
    // We never write a slug twice, so a repeat means something else wrote this value.
    if (first !== undefined)
      throw new CorruptReaderDataError(
        `saved[${index}].slug: "${checked.slug}" is already saved[${first}]`,
      );
    seen.set(checked.slug, index);
    return checked;
  });
  if (!isRecord(raw.progress))
    throw new CorruptReaderDataError(
      `progress: expected an object, got ${describe(raw.progress)}`,
    );
  const progress = new Map<string, ReadingProgress>();
  // JSON.parse makes a "__proto__" key an own property, so it is listed here, and refused.
  for (const [slug, entry] of Object.entries(raw.progress)) {
    if (!isSlug(slug))
      throw new CorruptReaderDataError(
        `progress: ${describe(slug)} is not a story slug`,
      );
    progress.set(slug, checkProgress(entry, `progress.${slug}`));
  }
  return { version: READER_DATA_VERSION, saved, progress };
}

/** Version 0 was a bare list of saved slugs, newest first, with no dates. */
function fromVersion0(raw: readonly unknown[], migratedAt: string): ReaderData {
  const slugs: string[] = [];
  raw.forEach((slug, index) => {
    if (!isSlug(slug))
      throw new CorruptReaderDataError(
        `[${index}]: ${describe(slug)} is not a story slug`,
      );
    // A repeat carries nothing the first one lacks, so it is safe to drop.
    if (!slugs.includes(slug)) slugs.push(slug);
  });
  return {
    version: READER_DATA_VERSION,
    saved: slugs.map((slug) => ({ slug, savedAt: migratedAt })),
    progress: new Map(),
  };
}

/**
 * Turns any stored value we know (the current version or an older shape) into current data.
 * Throws `CorruptReaderDataError` for anything else, including versions newer than this code.
 */
export function migrate(
  raw: unknown,
  migratedAt: string = new Date().toISOString(),
): ReaderData {
  if (Array.isArray(raw)) return fromVersion0(raw, migratedAt);
  if (!isRecord(raw))
    throw new CorruptReaderDataError(
      `expected an object or a list, got ${describe(raw)}`,
    );
  if (raw.version === READER_DATA_VERSION) return fromVersion1(raw);
  throw new CorruptReaderDataError(
    `version: ${describe(raw.version)} is not a version this page can read`,
  );
}

export function progressFor(
  data: ReaderData,
  slug: string,
): ReadingProgress | undefined {
  return data.progress.get(slug);
}

export function isSaved(data: ReaderData, slug: string): boolean {
  return data.saved.some((entry) => entry.slug === slug);
}

export function withSaved(
  data: ReaderData,
  slug: string,
  savedAt: string,
): ReaderData {
  if (isSaved(data, slug)) return data;
  return { ...data, saved: [{ slug, savedAt }, ...data.saved] };
}

export function withoutSaved(data: ReaderData, slug: string): ReaderData {
  if (!isSaved(data, slug)) return data;
  return { ...data, saved: data.saved.filter((entry) => entry.slug !== slug) };
}

/** Records a position, then forgets the least recently read stories beyond `limit`. */
export function withProgress(
  data: ReaderData,
  slug: string,
  progress: ReadingProgress,
  limit: number = PROGRESS_LIMIT,
): ReaderData {
  const others = [...data.progress].filter(([key]) => key !== slug);
  if (others.length >= limit) {
    others.sort(([, a], [, b]) => Date.parse(b.at) - Date.parse(a.at));
    // The story just read always stays, even if the clock has gone backwards.
    others.length = Math.max(0, limit - 1);
  }
  return { ...data, progress: new Map([...others, [slug, progress]]) };
}

export function serializeReaderData(data: ReaderData): string {
  return JSON.stringify({
    version: data.version,
    saved: data.saved,
    // fromEntries defines each key as an own property, so even "__proto__" would stay data.
    progress: Object.fromEntries(data.progress),
  });
}
