/**
 * The bad-data corpus (tests/fixtures/stories/): every file there is a case,
 * and every case is either refused with the file, field and reason, or
 * rendered safely. One test per case; a fixture without an expectation here,
 * or an expectation without a fixture, fails too.
 *
 * - rejected/*.json: story files parseStory refuses.
 * - editions/<case>/: sets of story files checkEdition refuses as a whole.
 * - import/*.txt: wire texts the import command refuses, with their line.
 * - rendered/*.json: valid but hostile or unusual stories, rendered by the
 *   story's own components, which must show them as text.
 */
import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { expect, test } from "vitest";
import { StoryBody } from "../../app/components/StoryBody.tsx";
import { StoryHeader } from "../../app/components/StoryHeader.tsx";
import { checkEdition } from "../../content/catalogue.ts";
import { parseStory, plainText, type FullStory } from "../../content/story.ts";
import { storyFromText } from "../import/storyFromText.ts";

/** The build day the corpus is checked against: five days after its stories' date. */
const BUILD_DAY = "2018-04-25";

const rejectedFiles = import.meta.glob<string>(
  "../../../tests/fixtures/stories/rejected/*.json",
  {
    eager: true,
    query: "?raw",
    import: "default",
  },
);
const editionFiles = import.meta.glob<string>(
  "../../../tests/fixtures/stories/editions/**/*.json",
  {
    eager: true,
    query: "?raw",
    import: "default",
  },
);
const importFiles = import.meta.glob<string>(
  "../../../tests/fixtures/stories/import/*.txt",
  {
    eager: true,
    query: "?raw",
    import: "default",
  },
);
const renderedFiles = import.meta.glob<string>(
  "../../../tests/fixtures/stories/rendered/*.json",
  {
    eager: true,
    query: "?raw",
    import: "default",
  },
);

/** `rejected/x.json` → `x`: a case's name is its file's (or folder's) name. */
function byCase(files: Record<string, string>): Map<string, string> {
  return new Map(
    Object.entries(files).map(([path, text]) => [
      path.replace(/^.*\/([^/]+)\.\w+$/, "$1"),
      text,
    ]),
  );
}

/** The message `act` throws; fails the test if it throws nothing. */
function refusal(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("expected the data to be refused");
}

const REFUSED =
  "must start with /, http(s):// or mailto: (leave it out when unknown)";
const NOT_A_SLUG = "must be lower-case words joined by hyphens";
const SITE_NAME = "a name the site uses for its own pages and files";
const NO_ADDRESS = "has no letters, digits or emoji to make its address of";
const INVISIBLE = "must not hold invisible formatting characters";

/** Story files parseStory refuses, and the exact message it gives. */
const rejected: Record<string, string> = {
  "missing-headline": "headline: must be a string, got nothing",
  "headline-not-a-string": "headline: must be a string, got 42",
  "headline-on-two-lines": "headline: must be a single line",
  "missing-date": "published: must be a string, got nothing",
  "missing-kind": 'kind: must be "full" or "brief", got nothing',
  "topics-not-a-list": 'topics: must be a list, got "Testing"',
  "body-not-a-list": 'body: must be a list, got "A paragraph of test text."',
  "unknown-field": "author: is not a known field",
  "brief-with-a-body": "body: is not a known field",
  "date-day-first":
    'published: must be a date written YYYY-MM-DD, got "31/02/2018"',
  "date-february-31": "published: is not a real calendar date: 2018-02-31",
  "date-month-13": "published: is not a real calendar date: 2018-13-01",
  "date-in-future":
    "published: 2999-01-01 is in the future (the build day is 2018-04-25)",
  "slug-with-spaces": `slug: ${NOT_A_SLUG}, got "slug with spaces"`,
  "slug-with-capitals": `slug: ${NOT_A_SLUG}, got "Slug-With-Capitals"`,
  "slug-with-slash": `slug: ${NOT_A_SLUG}, got "world/slug-with-slash"`,
  "slug-dot-dot": `slug: ${NOT_A_SLUG}, got ".."`,
  "slug-parent-path": `slug: ${NOT_A_SLUG}, got "../../etc/passwd"`,
  "related-not-a-slug": `related[0]: ${NOT_A_SLUG}, got "Not A Slug"`,
  "href-javascript": `body[0].inlines[1].href: ${REFUSED}, got "javascript:alert(document.cookie)"`,
  "href-data": `body[0].inlines[1].href: ${REFUSED}, got "data:text/html;base64,PHNjcmlwdD5hbG...`,
  "href-vbscript": `body[0].inlines[1].href: ${REFUSED}, got "vbscript:msgbox(1)"`,
  "href-protocol-relative": `body[0].inlines[1].href: ${REFUSED}, got "//evil.example/"`,
  "href-mixed-case-scheme": `body[0].inlines[1].href: ${REFUSED}, got "JaVaScRiPt:alert(1)"`,
  "href-padded-scheme": `body[0].inlines[1].href: ${REFUSED}, got "  javascript:alert(1)"`,
  "href-newline-in-scheme": `body[0].inlines[1].href: ${REFUSED}, got "java\\nscript:alert(1)"`,
  "href-placeholder": `body[0].inlines[1].href: ${REFUSED}, got "#"`,
  "href-tab-after-slash":
    'body[0].inlines[1].href: must not hold white space or backslashes (encode a space as %20), got "/\\t/evil.example/"',
  "href-backslash-after-slash":
    'body[0].inlines[1].href: must not hold white space or backslashes (encode a space as %20), got "/\\\\evil.example/"',
  "empty-body": "body: must not be empty",
  "empty-paragraph": "body[0].inlines: must not be empty",
  "empty-text": "body[0].inlines[0].value: must not be empty",
  "html-node":
    'body[0].inlines[0].type: must be text, link, emphasis or strong, got "html"',
  "control-character":
    "body[0].inlines[0].value: must not hold control characters, found U+0007 at character 14",
  "nested-too-deep": `body[0].inlines[0]${".children[0]".repeat(7)}.children: nests inline nodes more than 8 deep`,
  "slug-too-long": `slug: must be at most 100 bytes of UTF-8, got 112: "${"a".repeat(36)}...`,
  "slug-reserved": `slug: "topics" is ${SITE_NAME}`,
  // A decomposed "й": the same word must always be the same address.
  "slug-not-normalised": `slug: ${NOT_A_SLUG}, got "найти"`,
  "section-reserved": `section: would have the address "topics", ${SITE_NAME}, got "Topics"`,
  "section-without-letters": `section: ${NO_ADDRESS}, got "— ? —"`,
  "topic-without-letters": `topics[1]: ${NO_ADDRESS}, got "!!!"`,
  "topic-reserved": `topics[0]: would have the address "search", ${SITE_NAME}, got "Search"`,
  "headline-right-to-left-override": `headline: ${INVISIBLE}, found U+202E (right-to-left override) at character 16`,
  "section-left-to-right-isolate": `section: ${INVISIBLE}, found U+2066 (left-to-right isolate) at character 7`,
  "topic-zero-width-space": `topics[0]: ${INVISIBLE}, found U+200B (zero width space) at character 5`,
  "body-zero-width-joiner-in-latin": `body[0].inlines[0].value: ${INVISIBLE}, found U+200D (zero width joiner) at character 7`,
  "body-zero-width-non-joiner-in-latin": `body[0].inlines[0].value: ${INVISIBLE}, found U+200C (zero width non-joiner) at character 7`,
  "credit-word-joiner": `credit.organization: ${INVISIBLE}, found U+2060 (word joiner) at character 9`,
  "body-byte-order-mark": `body[0].inlines[0].value: ${INVISIBLE}, found U+FEFF (zero width no-break space) at character 12`,
  "date-year-0000":
    "published: 0000-01-01 is before 1800: is the year mistyped?",
  "date-year-1799":
    "published: 1799-12-31 is before 1800: is the year mistyped?",
  // JSON.parse makes "__proto__" a field like any other, which is unknown here.
  "field-named-proto": "__proto__: is not a known field",
};

/** Sets of story files checkEdition refuses, keyed by the case's folder. */
const editions: Record<string, string> = {
  "duplicate-slug":
    'stories/world/duplicate-slug.json: slug: "duplicate-slug" is already used by stories/duplicate-slug.json',
  "related-unknown":
    'stories/related-unknown.json: related[0]: no story has the slug "no-such-story"',
  "related-to-itself":
    "stories/related-to-itself.json: related[0]: a story cannot be related to itself",
  "file-not-named-by-slug":
    "stories/misnamed.json: slug: file must be named another-slug.json",
  "topics-same-address":
    'stories/b.json: topics[0]: "US" would have the address /topics/us/, which "U.S." has (stories/a.json, topics[0]); spell them the same, or choose another name',
  "sections-same-address":
    'stories/b.json: section: "Middle-East" would have the address /middle-east/, which "Middle East" has (stories/a.json, section); spell them the same, or choose another name',
};

const NOT_TEXT = "expected words, *emphasis*, **strong** or [links](#)";

/** Wire texts the import command refuses; it prints them after the file's name. */
const imports: Record<string, string> = {
  empty: "line 1: the end of the text, expected the headline",
  "only-a-headline":
    "line 2: the end of the text, expected the date written dd/mm/yyyy (day/month/year)",
  "date-february-31":
    "line 3: 31/02/2018, which is not a real date, expected the date written dd/mm/yyyy (day/month/year)",
  "date-month-13":
    "line 3: 01/13/2018, which is not a real date, expected the date written dd/mm/yyyy (day/month/year)",
  "date-written-iso":
    'line 3: "2018-04-20", expected the date written dd/mm/yyyy (day/month/year)',
  "date-in-future":
    "line 3: 01/01/2999, which is after today (25/04/2018), expected the day the story was published",
  "html-block":
    'line 7: HTML ("<script>alert(1)</script>"), expected a body paragraph',
  "inline-html": `line 5: HTML ("<img src=x onerror=\\"alert(1)\\">"), ${NOT_TEXT}`,
  "link-javascript": `line 5: body[0].inlines[1].href: ${REFUSED}, got "javascript:alert(1)"`,
  "link-protocol-relative": `line 5: body[0].inlines[1].href: ${REFUSED}, got "//evil.example/"`,
  "link-backslash":
    'line 5: body[0].inlines[1].href: must not hold white space or backslashes (encode a space as %20), got "/\\\\evil.example/"',
  "more-lines-same-slug":
    'line 9: "**More:** [Another story in brief](#)", expected a different story than the More line on line 7',
  "headline-without-letters":
    'line 1: "— ? —", expected a headline with letters, digits or emoji in it, which the story\'s address is made of (or give one with --slug)',
  "headline-reserved": `line 1: "Search", whose address would be "search", ${SITE_NAME}: give the story another with --slug`,
  "more-line-reserved": `line 7: "**More:** [Topics](#)", whose address would be "topics", ${SITE_NAME}`,
  "date-year-0000":
    "line 3: 01/01/0000, which is before 1800, expected the day the story was published",
  "headline-right-to-left-override": `line 1: headline: ${INVISIBLE}, found U+202E (right-to-left override) at character 16`,
  "body-zero-width-space": `line 5: body[0].inlines[0].value: ${INVISIBLE}, found U+200B (zero width space) at character 7`,
  "control-character":
    "line 5: a control character (U+0007), expected text: is this a binary file?",
  "flood-nested-emphasis":
    "line 7: a paragraph with more than 200 of the characters * _ [, expected a story's text",
  "flood-nested-lists":
    "line 7: a line opening more than 4 nested lists or quotes, expected text",
  "flood-block-quotes":
    "line 107: more than 50 lines starting a list, quote, heading, HTML or code, expected paragraphs of text",
};

/** What StoryLink adds to a link that leaves the site. */
const LEAVES_SITE = " ↗(external site)";

/** Renders a story's header and text with the components the story page uses. */
function renderStory(story: FullStory) {
  render(
    <MemoryRouter>
      <StoryHeader
        section={story.section}
        headline={story.headline}
        published={{ iso: story.published, label: story.published }}
        readingTime="1 min read"
        ageNotice={undefined}
        url={`https://news.example.org/${story.slug}/`}
      />
      <section aria-label="Story text">
        <StoryBody paragraphs={story.body} url="https://news.example.org/" />
      </section>
    </MemoryRouter>,
  );
  return within(
    screen.getByRole("region", { name: "Story text" }),
  ).getAllByRole("paragraph");
}

/** What each valid-but-hostile story must look like, beyond showing its words as written. */
const rendered: Record<string, (paragraphs: HTMLElement[]) => void> = {
  "html-in-text": () => {
    expect(
      screen.getByText('<script>alert("injected")</script>'),
    ).toBeVisible();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeVisible();
    expect(
      screen.getByText(
        "Entities stay as typed: &lt;b&gt; &amp; &#60;i&#62; &nbsp;",
      ),
    ).toBeVisible();
    expect(screen.getByText("<em>not nested</em>")).toBeVisible();
    expect(screen.getByText("<iframe src=//evil.example>")).toBeVisible();
    // "</p><h1>Not a heading</h1><p>" made no heading and no paragraph of its own.
    expect(screen.getAllByRole("heading")).toHaveLength(1);
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
  },
  "right-to-left": (paragraphs) => {
    expect(screen.getByRole("heading", { level: 1 })).toHaveAttribute(
      "dir",
      "auto",
    );
    for (const paragraph of paragraphs)
      expect(paragraph).toHaveAttribute("dir", "auto");
  },
  "mixed-script": (paragraphs) => {
    expect(paragraphs[1]).toHaveAttribute("dir", "auto");
    expect(paragraphs[1]).toHaveTextContent(/^«مرحبا» begins/);
  },
  "emoji-and-combining": (paragraphs) => {
    expect(paragraphs[0]).toHaveTextContent("👨‍👩‍👧‍👦");
    // Combining marks are kept as written, not folded into precomposed letters.
    expect(paragraphs[1]).toHaveTextContent("Cafe\u0301 is written");
    expect(paragraphs[1]).not.toHaveTextContent("Caf\u00e9");
    expect(
      screen.getByRole("heading", {
        name: "Emoji 👋🏽 and combining marks: Cafe\u0301",
      }),
    ).toBeVisible();
  },
  "ten-thousand-word-paragraph": (paragraphs) => {
    expect(paragraphs).toHaveLength(2);
    expect(
      screen.getByRole("link", { name: "Link to paragraph 2" }),
    ).toHaveAttribute("href", "#p-2");
  },
  "three-hundred-character-headline": () => {
    const heading = screen.getByRole("heading", { level: 1 });
    expect(heading).toHaveAccessibleName(/gogogoch$/);
  },
  // Words that name Object.prototype's members are slugs and topics like any other.
  "prototype-names": () => {
    expect(
      screen.getByRole("heading", {
        name: "Constructor, prototype and toString are words too",
      }),
    ).toBeVisible();
  },
  // Persian needs U+200C between some letters, and 👨‍👩‍👧 is joined by U+200D.
  "persian-and-emoji-joiners": (paragraphs) => {
    expect(paragraphs[0]).toHaveTextContent(/^نمی‌دانم و می‌خواهم/);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "می‌خواهم 👨‍👩‍👧",
    );
  },
  "cyrillic-slug": () => {
    expect(
      screen.getByRole("heading", { name: "Россия 2018: визит" }),
    ).toBeVisible();
  },
  links: () => {
    const report = screen.getByRole("link", {
      name: "the report (external site)",
    });
    expect(report).toHaveAttribute("href", "https://example.org/report");
    expect(report).toHaveAttribute("rel", "noopener noreferrer");
    const strange = screen.getByRole("link", {
      name: "a strange address (external site)",
    });
    expect(strange).toHaveAttribute(
      "href",
      'https://example.org/?q="><script>alert(1)</script>',
    );
    expect(
      screen.getByRole("link", { name: "a shouting address (external site)" }),
    ).toHaveAttribute("rel", "noopener noreferrer");
    // The arrow is seen; the words "(external site)" are what is heard.
    expect(screen.getAllByText("↗")).toHaveLength(3);
    // A site path and a mail link do not leave the site: no mark.
    expect(screen.getByRole("link", { name: "topics page" })).toHaveAttribute(
      "href",
      "/topics/",
    );
    expect(screen.getByRole("link", { name: "the desk" })).toHaveAttribute(
      "href",
      "mailto:desk@example.org",
    );
  },
};

test.each([
  ["rejected", rejectedFiles, rejected],
  ["import", importFiles, imports],
  ["rendered", renderedFiles, rendered],
] as const)(
  "every %s fixture has its case, and every case its fixture",
  (_, files, cases) => {
    expect([...byCase(files).keys()].sort()).toEqual(Object.keys(cases).sort());
  },
);

test("every edition fixture has its case, and every case its fixture", () => {
  const folders = new Set(
    Object.keys(editionFiles).map(
      (path) => path.split("/editions/")[1]?.split("/")[0],
    ),
  );
  expect([...folders].sort()).toEqual(Object.keys(editions).sort());
});

test.each(Object.entries(rejected))(
  "parseStory refuses rejected/%s.json: %s",
  (name, message) => {
    const text = byCase(rejectedFiles).get(name) ?? "";
    const file = `stories/${name}.json`;
    expect(
      refusal(() => parseStory(JSON.parse(text), file, { today: BUILD_DAY })),
    ).toBe(`${file}: ${message}`);
  },
);

test.each(Object.entries(editions))(
  "checkEdition refuses editions/%s/: %s",
  (name, message) => {
    const prefix = `../../../tests/fixtures/stories/editions/${name}/`;
    const files = Object.fromEntries(
      Object.entries(editionFiles)
        .filter(([path]) => path.startsWith(prefix))
        .map(([path, text]) => [
          `stories/${path.slice(prefix.length)}`,
          JSON.parse(text) as unknown,
        ]),
    );
    expect(refusal(() => checkEdition(files))).toBe(message);
  },
);

test.each(Object.entries(imports))(
  "the import refuses import/%s.txt: %s",
  (name, message) => {
    const text = byCase(importFiles).get(name) ?? "";
    expect(
      refusal(() =>
        storyFromText(text, {
          section: "World",
          topics: ["Testing"],
          today: BUILD_DAY,
        }),
      ),
    ).toBe(message);
  },
);

test.each(Object.entries(rendered))(
  "rendered/%s.json shows as text, each paragraph and the headline in their own direction",
  (name, check) => {
    const story = parseStory(
      JSON.parse(byCase(renderedFiles).get(name) ?? ""),
      `stories/${name}.json`,
      { today: BUILD_DAY },
    );
    if (story.kind !== "full")
      throw new Error("rendered cases are full stories");
    const paragraphs = renderStory(story);
    const headline = screen.getByRole("heading", { level: 1 });
    expect(headline).toHaveAccessibleName(story.headline);
    expect(headline).toHaveAttribute("dir", "auto");
    expect(paragraphs).toHaveLength(story.body.length);
    story.body.forEach((paragraph, i) => {
      expect(paragraphs[i]).toHaveAttribute("dir", "auto");
      // Every word as written, and nothing else but the marks of links that leave the site.
      expect(
        paragraphs[i]?.textContent
          ?.replaceAll(LEAVES_SITE, "")
          .replace(/ ¶$/, ""),
      ).toBe(plainText(paragraph.inlines));
    });
    check(paragraphs);
  },
);
