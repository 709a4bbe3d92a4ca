import {
  codePoint,
  CONTROL_CHARACTER,
  DATE_FORM,
  EARLIEST_YEAR,
  hiddenCharacter,
  isCalendarDate,
  isRecord,
} from "./checks.ts";
import {
  isSlug,
  MAX_SLUG_BYTES,
  RESERVED_NAMES,
  RESERVED_REASON,
  slugify,
  utf8Bytes,
} from "./slug.ts";
import { UserError } from "./userError.ts";

export type TextNode = { type: "text"; value: string };

/** No `href` when the source had none usable (`#`): plain text beats a link to nowhere. */
export type LinkNode = { type: "link"; href?: string; children: Inline[] };
export type EmphasisNode = { type: "emphasis"; children: Inline[] };
export type StrongNode = { type: "strong"; children: Inline[] };
export type Inline = TextNode | LinkNode | EmphasisNode | StrongNode;

export type Paragraph = { inlines: Inline[] };

/** Who else supplied the reporting, e.g. "Contributing: The Associated Press". */
export type StoryCredit = { role: string; organization: string };

export type FullStory = {
  kind: "full";
  slug: string;
  headline: string;
  /** `YYYY-MM-DD` */
  published: string;
  section: string;
  topics: string[];
  body: Paragraph[];
  credit?: StoryCredit;
  related: string[];
  /** The source text this file was imported from, relative to `src/tools/import/`. */
  source?: string;
};

/** A "More:" item of another story: its text is not in this edition. */
export type Brief = { kind: "brief"; slug: string; headline: string };

export type Story = FullStory | Brief;

export class StoryDataError extends UserError {
  override name = "StoryDataError";
  constructor(
    readonly file: string,
    /** e.g. `body[2].inlines[1].href`, or `(root)`. */
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${file}: ${path}: ${problem}`);
  }
}

/** Site-relative paths and the schemes a reader can safely follow. */
const SAFE_HREF = /^(?:\/(?!\/)|https?:\/\/[^\s/]|mailto:[^\s])/;
/** Browsers drop these or read them as "/": `/\evil.example` would pass SAFE_HREF and leave the site. */
const URL_TRICKS = /[\s\\]/;
/** Without a limit, a file nested thousands deep would overflow the stack here and in React. */
export const MAX_INLINE_DEPTH = 8;

type Path = string;
type Fields = Record<string, unknown>;

/** Only the data's own fields: `{ __proto__: { kind: "full" } }` has no kind. */
function own(fields: Fields, name: string): unknown {
  return Object.hasOwn(fields, name) ? fields[name] : undefined;
}

export type ParseOptions = {
  /**
   * Build day (UTC). Stories dated after the day after it are refused: at UTC+14
   * it is already tomorrow for most of the UTC day.
   */
  today?: string;
};

/**
 * @throws StoryDataError naming the file and field
 * @example
 *   parseStory(JSON.parse(text), "stories/lavrov.json").headline
 *   parseStory(data, "stories/x.json", { today: "2018-04-25" }) // also refuses future dates
 */
export function parseStory(
  data: unknown,
  file: string,
  { today }: ParseOptions = {},
): Story {
  const fail = (path: Path, problem: string): never => {
    throw new StoryDataError(file, path, problem);
  };
  const story = record(data, "(root)", fail);
  const kind = own(story, "kind");
  if (kind === "brief") {
    onlyKeys(story, "(root)", ["kind", "slug", "headline"], fail);
    return {
      kind,
      slug: slug(own(story, "slug"), "slug", fail),
      headline: line(own(story, "headline"), "headline", fail),
    };
  }
  if (kind !== "full")
    fail("kind", `must be "full" or "brief", got ${show(kind)}`);
  onlyKeys(
    story,
    "(root)",
    [
      "kind",
      "slug",
      "headline",
      "published",
      "section",
      "topics",
      "body",
      "credit",
      "related",
      "source",
    ],
    fail,
  );
  // Built in the order of the type, so a parsed story serialises like the file it came from.
  return {
    kind: "full",
    slug: slug(own(story, "slug"), "slug", fail),
    headline: line(own(story, "headline"), "headline", fail),
    published: notLaterThan(
      isoDate(own(story, "published"), "published", fail),
      today,
      "published",
      fail,
    ),
    section: name(own(story, "section"), "section", fail),
    topics: list(own(story, "topics"), "topics", fail, name, {
      nonEmpty: true,
      unique: true,
    }),
    body: list(own(story, "body"), "body", fail, paragraph, { nonEmpty: true }),
    ...(own(story, "credit") === undefined
      ? {}
      : { credit: credit(own(story, "credit"), "credit", fail) }),
    related: list(own(story, "related"), "related", fail, slug, {
      unique: true,
    }),
    ...(own(story, "source") === undefined
      ? {}
      : { source: line(own(story, "source"), "source", fail) }),
  };
}

type Fail = (path: Path, problem: string) => never;

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}

function record(value: unknown, path: Path, fail: Fail): Fields {
  return isRecord(value)
    ? value
    : fail(path, `must be an object, got ${show(value)}`);
}

function onlyKeys(
  value: Fields,
  path: Path,
  allowed: string[],
  fail: Fail,
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key))
      fail(path === "(root)" ? key : `${path}.${key}`, "is not a known field");
  }
}

function text(value: unknown, path: Path, fail: Fail): string {
  if (typeof value !== "string")
    return fail(path, `must be a string, got ${show(value)}`);
  if (value.length === 0) return fail(path, "must not be empty");
  const control = CONTROL_CHARACTER.exec(value);
  if (control)
    fail(
      path,
      `must not hold control characters, found ${codePoint(control[0])} at character ${control.index + 1}`,
    );
  const hidden = hiddenCharacter(value);
  if (hidden)
    fail(
      path,
      `must not hold invisible formatting characters, found ${codePoint(hidden.char)} (${hidden.name}) at character ${hidden.index + 1}`,
    );
  return value;
}

function line(value: unknown, path: Path, fail: Fail): string {
  const s = text(value, path, fail);
  if (s.trim() !== s) fail(path, "must not start or end with white space");
  if (/[\r\n]/.test(s)) fail(path, "must be a single line");
  return s;
}

function slug(value: unknown, path: Path, fail: Fail): string {
  const s = text(value, path, fail);
  const bytes = utf8Bytes(s);
  if (bytes > MAX_SLUG_BYTES)
    fail(
      path,
      `must be at most ${MAX_SLUG_BYTES} bytes of UTF-8, got ${bytes}: ${show(s)}`,
    );
  if (!isSlug(s))
    fail(path, `must be lower-case words joined by hyphens, got ${show(s)}`);
  if (RESERVED_NAMES.has(s)) fail(path, `${show(s)} is ${RESERVED_REASON}`);
  return s;
}

/** A section or topic: a line whose slug can be an address (see slug.ts). */
function name(value: unknown, path: Path, fail: Fail): string {
  const s = line(value, path, fail);
  const address = slugify(s);
  if (address === "")
    fail(
      path,
      `has no letters, digits or emoji to make its address of, got ${show(s)}`,
    );
  if (RESERVED_NAMES.has(address))
    fail(
      path,
      `would have the address "${address}", ${RESERVED_REASON}, got ${show(s)}`,
    );
  return s;
}

function isoDate(value: unknown, path: Path, fail: Fail): string {
  const s = text(value, path, fail);
  if (!DATE_FORM.test(s))
    return fail(path, `must be a date written YYYY-MM-DD, got ${show(s)}`);
  if (!isCalendarDate(s)) fail(path, `is not a real calendar date: ${s}`);
  if (Number(s.slice(0, 4)) < EARLIEST_YEAR)
    fail(path, `${s} is before ${EARLIEST_YEAR}: is the year mistyped?`);
  return s;
}

function dayAfter(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function notLaterThan(
  published: string,
  today: string | undefined,
  path: Path,
  fail: Fail,
): string {
  // ISO dates of four-digit years sort as they read.
  if (today !== undefined && published > dayAfter(today))
    fail(path, `${published} is in the future (the build day is ${today})`);
  return published;
}

function list<T>(
  value: unknown,
  path: Path,
  fail: Fail,
  item: (value: unknown, path: Path, fail: Fail) => T,
  { nonEmpty = false, unique = false } = {},
): T[] {
  if (!Array.isArray(value))
    return fail(path, `must be a list, got ${show(value)}`);
  if (nonEmpty && value.length === 0) fail(path, "must not be empty");
  const items = value.map((v: unknown, i) => item(v, `${path}[${i}]`, fail));
  if (unique) {
    items.forEach((v, i) => {
      if (items.indexOf(v) !== i) fail(`${path}[${i}]`, `repeats ${show(v)}`);
    });
  }
  return items;
}

function paragraph(value: unknown, path: Path, fail: Fail): Paragraph {
  const p = record(value, path, fail);
  onlyKeys(p, path, ["inlines"], fail);
  return { inlines: inlines(own(p, "inlines"), `${path}.inlines`, fail, 1) };
}

/** `depth` 1 is a paragraph's own nodes. */
function inlines(
  value: unknown,
  path: Path,
  fail: Fail,
  depth: number,
): Inline[] {
  if (depth > MAX_INLINE_DEPTH)
    fail(path, `nests inline nodes more than ${MAX_INLINE_DEPTH} deep`);
  return list(value, path, fail, (v, p, f) => inline(v, p, f, depth), {
    nonEmpty: true,
  });
}

function inline(value: unknown, path: Path, fail: Fail, depth: number): Inline {
  const node = record(value, path, fail);
  const type = own(node, "type");
  switch (type) {
    case "text":
      onlyKeys(node, path, ["type", "value"], fail);
      return { type, value: text(own(node, "value"), `${path}.value`, fail) };
    case "emphasis":
    case "strong":
      onlyKeys(node, path, ["type", "children"], fail);
      return {
        type,
        children: inlines(
          own(node, "children"),
          `${path}.children`,
          fail,
          depth + 1,
        ),
      };
    case "link": {
      onlyKeys(node, path, ["type", "href", "children"], fail);
      const link: LinkNode = {
        type,
        children: inlines(
          own(node, "children"),
          `${path}.children`,
          fail,
          depth + 1,
        ),
      };
      if (own(node, "href") !== undefined)
        link.href = href(own(node, "href"), `${path}.href`, fail);
      return link;
    }
    default:
      return fail(
        `${path}.type`,
        `must be text, link, emphasis or strong, got ${show(type)}`,
      );
  }
}

function href(value: unknown, path: Path, fail: Fail): string {
  const s = text(value, path, fail);
  if (!SAFE_HREF.test(s)) {
    fail(
      path,
      `must start with /, http(s):// or mailto: (leave it out when unknown), got ${show(s)}`,
    );
  }
  if (URL_TRICKS.test(s))
    fail(
      path,
      `must not hold white space or backslashes (encode a space as %20), got ${show(s)}`,
    );
  return s;
}

function credit(value: unknown, path: Path, fail: Fail): StoryCredit {
  const c = record(value, path, fail);
  onlyKeys(c, path, ["role", "organization"], fail);
  return {
    role: line(own(c, "role"), `${path}.role`, fail),
    organization: line(own(c, "organization"), `${path}.organization`, fail),
  };
}

/** @example plainText([{ type: "text", value: "Hi" }]) === "Hi" */
export function plainText(nodes: Inline[]): string {
  return nodes
    .map((node) =>
      node.type === "text" ? node.value : plainText(node.children),
    )
    .join("");
}
