/**
 * Turns a story written in the wire copy's text format into story data. Pure:
 * it reads no files, so the import command and the tests share it.
 *
 * The format, in Markdown:
 *
 *     ---                                   optional rule
 *     Headline in plain words
 *     20/04/2018                            day/month/year
 *     Body paragraph with *emphasis*, **strong** and [links](#).
 *     …more body paragraphs…
 *     *Contributing: The Associated Press*  optional credit
 *     **More:** [Another headline](#)       optional, repeatable
 *     ---                                   optional rule
 *
 * (each block separated by a blank line). The Markdown is read by
 * `mdast-util-from-markdown`, never by regular expressions, so escapes,
 * entities and nesting mean what they mean in Markdown.
 */
import type {
  Nodes,
  Paragraph as MarkdownParagraph,
  PhrasingContent,
  RootContent,
} from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import {
  codePoint,
  CONTROL_CHARACTER,
  EARLIEST_YEAR,
  isCalendarDate,
} from "../../content/checks.ts";
import {
  isSlug,
  RESERVED_NAMES,
  RESERVED_REASON,
  slugify,
} from "../../content/slug.ts";
import { UserError } from "../../content/userError.ts";
import {
  parseStory,
  StoryDataError,
  type Brief,
  type StoryCredit,
  type FullStory,
  type Inline,
  type Paragraph,
  type Story,
} from "../../content/story.ts";

/** Text that does not fit the format; `line` is 1-based, where there is one. */
export class WireTextError extends UserError {
  override name = "WireTextError";
  readonly line?: number;

  constructor(problem: string, line?: number) {
    super(line === undefined ? problem : `line ${line}: ${problem}`);
    if (line !== undefined) this.line = line;
  }
}

export type StoryTextOptions = {
  section: string;
  topics: string[];
  /** The importer's calendar day, `YYYY-MM-DD`: a story dated later is refused. */
  today: string;
  /** Recorded as the story's `source`, e.g. `sources/000_d3ee9ce1057ffd97.txt`. */
  source?: string;
  /** The story's slug, instead of the one its headline makes. */
  slug?: string;
};

/**
 * Converts one story's text into the full story and a brief for each of its
 * "More:" lines, every object checked by `parseStory`.
 *
 * @throws WireTextError saying where and what: `line 7: "April 20, 2018", expected the date written dd/mm/yyyy (day/month/year)`
 * @example
 *   const { story, briefs } = storyFromText(text, { section: "World", topics: ["Russia"] });
 *   story.related; // briefs.map((brief) => brief.slug)
 */
export function storyFromText(
  text: string,
  options: StoryTextOptions,
): { story: FullStory; briefs: Brief[] } {
  // Editors on Windows may save a byte-order mark; it is not part of the words.
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  rejectControlCharacters(source);
  rejectMarkupFloods(source);
  const root = fromMarkdown(source);
  const describe = describer(source);
  const end = root.position?.end.line ?? 1;
  const lines = new Map<string, number | undefined>();

  const blocks = [...root.children];
  // The wire copy frames each story with rules; they carry no meaning.
  if (blocks[0]?.type === "thematicBreak") blocks.shift();
  if (blocks.at(-1)?.type === "thematicBreak") blocks.pop();

  const missing = (expected: string): never => {
    throw new WireTextError(`the end of the text, expected ${expected}`, end);
  };

  const headlineBlock = blocks.shift() ?? missing("the headline");
  const headline = plainParagraph(
    headlineBlock,
    "the headline",
    "the headline as a plain paragraph",
    describe,
  );
  if (DATE.test(headline)) {
    throw new WireTextError(
      `a date (${headline}), expected the headline first, then the date`,
      lineOf(headlineBlock),
    );
  }
  const slug =
    options.slug === undefined
      ? addressOf(headline, headlineBlock, describe, "--slug")
      : givenSlug(options.slug);
  lines
    .set("headline", lineOf(headlineBlock))
    .set("slug", lineOf(headlineBlock));

  const dateBlock =
    blocks.shift() ?? missing("the date written dd/mm/yyyy (day/month/year)");
  const published = isoDate(dateBlock, describe, options.today);
  lines.set("published", lineOf(dateBlock));

  // Everything from the first "More:" line on must be "More:" lines.
  const moreAt = blocks.findIndex(isMoreLine);
  const bodyBlocks = moreAt === -1 ? blocks : blocks.slice(0, moreAt);
  const moreBlocks = moreAt === -1 ? [] : blocks.slice(moreAt);

  // A credit is an italic-only paragraph, and only the one ending the body:
  // an italic paragraph further up is part of the story.
  const last = bodyBlocks.at(-1);
  const creditBlock = last && isItalicOnly(last) ? last : undefined;
  if (creditBlock) bodyBlocks.pop();
  const credit = creditBlock && creditOf(creditBlock, describe);
  lines.set("credit", creditBlock && lineOf(creditBlock));

  if (bodyBlocks.length === 0) {
    const next = creditBlock ?? moreBlocks[0];
    if (!next) missing("a body paragraph");
    else
      throw new WireTextError(
        `${describe(next)}, expected a body paragraph before it`,
        lineOf(next),
      );
  }
  const body = bodyBlocks.map((block, i): Paragraph => {
    lines.set(`body[${i}]`, lineOf(block));
    return bodyParagraph(block, describe);
  });

  const briefs: Brief[] = [];
  moreBlocks.forEach((block, i) => {
    const brief = briefOf(block, describe);
    const repeated = briefs.findIndex((other) => other.slug === brief.slug);
    if (repeated !== -1) {
      const first = lineOf(moreBlocks[repeated] ?? block);
      throw new WireTextError(
        `${describe(block)}, expected a different story than the More line on line ${first}`,
        lineOf(block),
      );
    }
    if (brief.slug === slug) {
      throw new WireTextError(
        `${describe(block)}, expected another story than this one`,
        lineOf(block),
      );
    }
    lines.set(`related[${i}]`, lineOf(block));
    briefs.push(brief);
  });

  // Keys in the order of the FullStory type, so the JSON files read the same way.
  const story: FullStory = {
    kind: "full",
    slug,
    headline,
    published,
    section: options.section,
    topics: [...options.topics],
    body,
    ...(credit ? { credit } : {}),
    related: briefs.map((brief) => brief.slug),
    ...(options.source !== undefined ? { source: options.source } : {}),
  };
  checked(story, (field) => lines.get(field));
  briefs.forEach((brief, i) =>
    checked(brief, () => lineOf(moreBlocks[i] ?? root)),
  );
  return { story, briefs };
}

/**
 * A story file's text: two-space JSON ending in a newline, keys in the order
 * the object was built, so re-importing the same text gives the same bytes.
 *
 * @example storyJson({ kind: "brief", slug: "a", headline: "A" }).endsWith("}\n")
 */
export function storyJson(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}

/** What a headline needs for its story to have an address (see slug.ts). */
const SLUG_LETTERS =
  "letters, digits or emoji in it, which the story's address is made of";

/**
 * The slug a headline makes, or an error on its line: a headline of nothing
 * but punctuation has none, and a few words are the site's own ("Search").
 */
function addressOf(
  headline: string,
  block: Nodes,
  describe: Describe,
  instead: string,
): string {
  const slug = slugify(headline);
  if (slug === "")
    throw new WireTextError(
      `${describe(block)}, expected a headline with ${SLUG_LETTERS}${instead && ` (or give one with ${instead})`}`,
      lineOf(block),
    );
  if (RESERVED_NAMES.has(slug))
    throw new WireTextError(
      `${describe(block)}, whose address would be "${slug}", ${RESERVED_REASON}${instead && `: give the story another with ${instead}`}`,
      lineOf(block),
    );
  return slug;
}

/** A slug given outright must be one already, so what is typed is what the address is. */
function givenSlug(value: string): string {
  const suggestion = slugify(value);
  if (!isSlug(value))
    throw new WireTextError(
      `the slug ${JSON.stringify(value)}: must be lower-case words joined by hyphens${suggestion && suggestion !== value ? `, such as ${JSON.stringify(suggestion)}` : ""}`,
    );
  if (RESERVED_NAMES.has(value))
    throw new WireTextError(
      `the slug ${JSON.stringify(value)}: is ${RESERVED_REASON}`,
    );
  return value;
}

/** Day/month/year, two digits each for day and month, as the wire copy dates stories. */
const DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

function rejectControlCharacters(text: string): void {
  const found = CONTROL_CHARACTER.exec(text);
  if (!found) return;
  const line = text.slice(0, found.index).split(/\r\n|\r|\n/).length;
  throw new WireTextError(
    `a control character (${codePoint(found[0])}), expected text: is this a binary file?`,
    line,
  );
}

/**
 * Markdown's parser slows down with the square of some markup. Measured on
 * this parser: 32 KB of nested "*_" pairs in one paragraph takes 9 s, one
 * line of 5,000 nested "+ " list markers 3 s, and 80 KB of one-line block
 * quotes 53 s; a whole file of them, minutes. A story is paragraphs of text,
 * with a few such characters in each and no lists, quotes or code, so floods
 * are refused before parsing, with their line. The first few still reach the
 * parser, which names what they are. Within these limits the densest 256 KB
 * file measured (the import command's cap) takes about 3 s.
 */
const MAX_MARKERS_PER_PARAGRAPH = 200;
const MAX_NESTED_CONTAINERS = 4;
const MAX_BLOCK_MARKUP_LINES = 50;
/** The characters that open emphasis, strong text and links. */
const INLINE_MARKER = /[*_[]/g;
/**
 * A line that starts a block a story never has: a quote, list item, heading,
 * HTML, fenced or indented code, link definition or heading underline (rules
 * such as `---`, which frame the wire copy, match too).
 */
const BLOCK_MARKUP =
  /^(?: {0,3}(?:>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|<|```|~~~|\[[^\]]*\]:|=+[ \t]*$|-+[ \t]*$)| {4}|\t)/;
/** A list item or block quote marker opening a line, after any before it. */
const CONTAINER = /^[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))/;
/** `---`, `* * *`, `___`: a rule, which looks like nested list markers but is not. */
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

function rejectMarkupFloods(text: string): void {
  let paragraphLine = 1;
  let markers = 0;
  let blockLines = 0;
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim() === "") {
      paragraphLine = i + 2;
      markers = 0;
      return;
    }
    if (BLOCK_MARKUP.test(line)) blockLines += 1;
    if (blockLines > MAX_BLOCK_MARKUP_LINES)
      throw new WireTextError(
        `more than ${MAX_BLOCK_MARKUP_LINES} lines starting a list, quote, heading, HTML or code, expected paragraphs of text`,
        i + 1,
      );
    if (nestedContainers(line) > MAX_NESTED_CONTAINERS)
      throw new WireTextError(
        `a line opening more than ${MAX_NESTED_CONTAINERS} nested lists or quotes, expected text`,
        i + 1,
      );
    markers += line.match(INLINE_MARKER)?.length ?? 0;
    if (markers > MAX_MARKERS_PER_PARAGRAPH)
      throw new WireTextError(
        `a paragraph with more than ${MAX_MARKERS_PER_PARAGRAPH} of the characters * _ [, expected a story's text`,
        paragraphLine,
      );
  });
}

/** How many list or quote markers open `line`, counting no further than the limit allows. */
function nestedContainers(line: string): number {
  if (RULE.test(line)) return 0;
  let count = 0;
  let rest = line;
  for (
    let found = CONTAINER.exec(rest);
    found && count <= MAX_NESTED_CONTAINERS;
    found = CONTAINER.exec(rest)
  ) {
    count += 1;
    rest = rest.slice(found[0].length);
  }
  return count;
}

function lineOf(node: Nodes): number | undefined {
  return node.position?.start.line;
}

type Describe = (node: Nodes) => string;

/** Names a node for an error message, quoting the start of its Markdown. */
function describer(source: string): Describe {
  return (node) => {
    const start = node.position?.start.offset;
    const stop = node.position?.end.offset;
    const [first = ""] = source.slice(start, stop).split(/\r\n|\r|\n/);
    const quote = JSON.stringify(
      first.length > 50 ? `${first.slice(0, 49)}…` : first,
    );
    const multiline =
      (node.position?.end.line ?? 0) > (node.position?.start.line ?? 0);
    switch (node.type) {
      case "paragraph":
        return quote;
      case "heading":
        // `Text` directly above `---` is a heading in Markdown, not a paragraph and a rule.
        return multiline
          ? `a heading (${quote} underlined by the next line)`
          : `a heading (${quote})`;
      case "thematicBreak":
        return `a rule (${quote}; rules may only open and close the text)`;
      case "list":
        return `a list (${quote})`;
      case "blockquote":
        return `a block quote (${quote})`;
      case "code":
        return `a code block (${quote})`;
      case "html":
        return `HTML (${quote})`;
      case "definition":
        return `a link definition (${quote})`;
      case "image":
      case "imageReference":
        return `an image (${quote})`;
      case "linkReference":
        return `a reference-style link (${quote})`;
      case "inlineCode":
        return `inline code (${quote})`;
      case "link":
        return `a link (${quote})`;
      case "emphasis":
        return `emphasis (${quote})`;
      case "strong":
        return `strong text (${quote})`;
      case "break":
        return "a hard line break (two spaces or a backslash at the end of the line)";
      default:
        return `${node.type} (${quote})`;
    }
  };
}

function asParagraph(
  block: RootContent,
  expected: string,
  describe: Describe,
): MarkdownParagraph {
  if (block.type !== "paragraph")
    throw new WireTextError(
      `${describe(block)}, expected ${expected}`,
      lineOf(block),
    );
  return block;
}

/** A paragraph of plain words on one line: the headline or the date. */
function plainParagraph(
  block: RootContent,
  name: string,
  expected: string,
  describe: Describe,
): string {
  const paragraph = asParagraph(block, expected, describe);
  return paragraph.children
    .map((node) => {
      if (node.type !== "text") {
        throw new WireTextError(
          `${describe(node)}, expected plain words in ${name}`,
          lineOf(node),
        );
      }
      return oneLine(node.value);
    })
    .join("");
}

/**
 * A soft line break, with any spaces around it, becomes one space: the
 * wrapping of the text file is not part of the story.
 */
function oneLine(value: string): string {
  return value.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, " ");
}

function isoDate(
  block: RootContent,
  describe: Describe,
  today: string,
): string {
  const expected = "the date written dd/mm/yyyy (day/month/year)";
  const text = plainParagraph(block, "the date", expected, describe);
  const match = DATE.exec(text);
  if (!match)
    throw new WireTextError(
      `${describe(block)}, expected ${expected}`,
      lineOf(block),
    );
  const [, day = "", month = "", year = ""] = match;
  const iso = `${year}-${month}-${day}`;
  if (!isCalendarDate(iso)) {
    throw new WireTextError(
      `${text}, which is not a real date, expected ${expected}`,
      lineOf(block),
    );
  }
  if (Number(year) < EARLIEST_YEAR)
    throw new WireTextError(
      `${text}, which is before ${EARLIEST_YEAR}, expected the day the story was published`,
      lineOf(block),
    );
  // ISO dates of four-digit years sort as they read.
  if (iso > today) {
    const [y, m, d] = today.split("-");
    throw new WireTextError(
      `${text}, which is after today (${d}/${m}/${y}), expected the day the story was published`,
      lineOf(block),
    );
  }
  return iso;
}

function isMoreLine(block: RootContent): boolean {
  if (block.type !== "paragraph") return false;
  const [first] = block.children;
  // Also catch near misses such as `**More**:` so they fail loudly instead of becoming body text.
  if (first?.type === "strong")
    return /^more:?$/i.test(markdownWords(first.children).trim());
  return first?.type === "text" && /^more:/i.test(first.value);
}

/** The words of Markdown inline nodes, without markup (for recognising a label). */
function markdownWords(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) =>
      "children" in node
        ? markdownWords(node.children)
        : "value" in node
          ? node.value
          : "",
    )
    .join("");
}

function isItalicOnly(block: RootContent): boolean {
  return (
    block.type === "paragraph" &&
    block.children.length === 1 &&
    block.children[0]?.type === "emphasis"
  );
}

function creditOf(block: RootContent, describe: Describe): StoryCredit {
  const expected =
    "a credit written *Role: Organization*, such as *Contributing: The Associated Press*";
  const [emphasis] = asParagraph(block, expected, describe).children;
  const words = emphasis?.type === "emphasis" ? emphasis.children : [];
  const text = words
    .map((node) => (node.type === "text" ? oneLine(node.value) : ""))
    .join("");
  const colon = text.indexOf(":");
  const role = text.slice(0, colon).trim();
  const organization = text.slice(colon + 1).trim();
  if (
    words.some((node) => node.type !== "text") ||
    colon === -1 ||
    role === "" ||
    organization === ""
  ) {
    throw new WireTextError(
      `${describe(block)}, expected ${expected}`,
      lineOf(block),
    );
  }
  return { role, organization };
}

function bodyParagraph(block: RootContent, describe: Describe): Paragraph {
  const expected = "a body paragraph";
  const paragraph = asParagraph(block, expected, describe);
  return { inlines: inlines(paragraph.children, describe) };
}

/**
 * Markdown inline nodes to story inline nodes. Links without a usable target
 * (`#` or nothing, the wire copy's placeholders) keep their words and lose
 * the href.
 */
function inlines(nodes: PhrasingContent[], describe: Describe): Inline[] {
  const expected = "words, *emphasis*, **strong** or [links](#)";
  const result: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text": {
        const value = oneLine(node.value);
        const previous = result.at(-1);
        if (previous?.type === "text") previous.value += value;
        else if (value !== "") result.push({ type: "text", value });
        break;
      }
      case "emphasis":
      case "strong":
        result.push({
          type: node.type,
          children: nonEmpty(node, inlines(node.children, describe), describe),
        });
        break;
      case "link": {
        if (node.title !== null && node.title !== undefined) {
          throw new WireTextError(
            `a link title (${JSON.stringify(node.title)}), expected [words](target)`,
            lineOf(node),
          );
        }
        const children = nonEmpty(
          node,
          inlines(node.children, describe),
          describe,
        );
        const placeholder = node.url === "" || node.url === "#";
        result.push(
          placeholder
            ? { type: "link", children }
            : { type: "link", href: node.url, children },
        );
        break;
      }
      default:
        throw new WireTextError(
          `${describe(node)}, expected ${expected}`,
          lineOf(node),
        );
    }
  }
  return result;
}

function nonEmpty(
  node: PhrasingContent,
  children: Inline[],
  describe: Describe,
): Inline[] {
  if (children.length === 0) {
    throw new WireTextError(
      `${describe(node)} with no words, expected words in it`,
      lineOf(node),
    );
  }
  return children;
}

function briefOf(block: RootContent, describe: Describe): Brief {
  const expected =
    "a line written **More:** [Headline](#) (nothing may follow the More lines)";
  const [label, ...rest] = asParagraph(block, expected, describe).children;
  const [link, ...after] =
    rest[0]?.type === "text" && rest[0].value.trim() === ""
      ? rest.slice(1)
      : rest;
  const labelled =
    label?.type === "strong" && markdownWords(label.children) === "More:";
  if (!labelled || link?.type !== "link" || after.length > 0) {
    throw new WireTextError(
      `${describe(block)}, expected ${expected}`,
      lineOf(block),
    );
  }
  // A brief is only a headline: a real target would be thrown away, so refuse it.
  if (link.url !== "" && link.url !== "#") {
    throw new WireTextError(
      `a More link to ${JSON.stringify(link.url)}, expected the placeholder target (#): related stories are matched by headline`,
      lineOf(link),
    );
  }
  const headline = link.children
    .map((node) => {
      if (node.type !== "text")
        throw new WireTextError(
          `${describe(node)}, expected a plain headline`,
          lineOf(node),
        );
      return oneLine(node.value);
    })
    .join("");
  return {
    kind: "brief",
    slug: addressOf(headline, block, describe, ""),
    headline,
  };
}

/**
 * Runs `parseStory` on what was built, so nothing invalid leaves this module,
 * and turns its complaint into a WireTextError on the line the field came from.
 * `lineOf` maps a top-level field (`headline`, `body[2]`) to its line.
 */
function checked(
  story: FullStory | Brief,
  lineOf: (field: string) => number | undefined,
): void {
  const label = "story";
  try {
    parseStory(story, label);
  } catch (error) {
    if (!(error instanceof StoryDataError)) throw error;
    // The top-level field (`headline`, `body[2]`) of a path like `body[2].inlines[1].href`.
    const field = /^[a-z]+(?:\[\d+\])?/i.exec(error.path)?.[0] ?? "";
    throw new WireTextError(`${error.path}: ${error.problem}`, lineOf(field));
  }
}
