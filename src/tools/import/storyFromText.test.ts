import { expect, test } from "vitest";
import { parseStory, plainText } from "../../content/story.ts";
import { UserError } from "../../content/userError.ts";
import { storyFromText, storyJson, WireTextError } from "./storyFromText.ts";
import seed from "./sources/000_d3ee9ce1057ffd97.txt?raw";

/** Long after the seed's date, so only the future-date tests meet the limit. */
const TODAY = "2026-11-28";

const OPTIONS = {
  section: "World",
  topics: ["Russia", "Donald Trump", "Vladimir Putin"],
  today: TODAY,
};

/** The edition's story files and source texts, as they are committed. */
const storyFiles = import.meta.glob<string>("../../content/stories/*.json", {
  eager: true,
  query: "?raw",
  import: "default",
});
const sourceTexts = import.meta.glob<string>("./sources/*", {
  eager: true,
  query: "?raw",
  import: "default",
});

function failure(text: string, options = OPTIONS): WireTextError {
  try {
    storyFromText(text, options);
  } catch (error) {
    if (error instanceof WireTextError) return error;
    throw error;
  }
  throw new Error("expected a WireTextError");
}

/** A minimal valid story with `body` (Markdown) after the headline and date. */
function storyWith(body: string): string {
  return `Headline\n\n20/04/2018\n\n${body}\n`;
}

test("the seed gives its headline, date, section and topics", () => {
  const { story } = storyFromText(seed, OPTIONS);
  expect(story.headline).toBe(
    "Russia: Trump promised to make visit to Moscow if Putin accepts invite to White House",
  );
  expect(story.slug).toBe(
    "russia-trump-promised-to-make-visit-to-moscow-if-putin-accepts-invite-to-white-house",
  );
  expect(story.published).toBe("2018-04-20");
  expect(story.section).toBe("World");
  expect(story.topics).toEqual(["Russia", "Donald Trump", "Vladimir Putin"]);
  expect(story.source).toBeUndefined();
});

test("the seed gives its ten body paragraphs, words and punctuation as written", () => {
  const paragraphs = storyFromText(seed, OPTIONS).story.body.map((p) =>
    plainText(p.inlines),
  );
  expect(paragraphs).toHaveLength(10);
  expect(paragraphs[0]).toBe(
    "Russian Foreign Minister Sergey Lavrov said Friday that President Trump indicated he could visit Moscow if Russian leader Vladimir Putin comes to the United States.",
  );
  expect(paragraphs[4]).toMatch(
    /^"We proceed from the fact that the U\.S\. president in a telephone conversation \.\.\. made/,
  );
  expect(paragraphs[4]).toMatch(/posted on the foreign ministry's website\.$/);
  expect(paragraphs[8]).toBe(
    'Trump has repeatedly said his campaign did not collude with Russia to gain advantage in the election. Lavrov has dismissed the meddling allegations as a baseless "claptrap."',
  );
  expect(paragraphs[9]).toBe(
    "Trump met face-to-face with Putin for the first time at the Group of 20 summit of world leaders in Hamburg, Germany, in July.",
  );
  expect(paragraphs.join(" ")).not.toMatch(/Contributing|More:|[*#[\]]/);
});

test("the seed's placeholder links keep their words and have no href", () => {
  const { body } = storyFromText(seed, OPTIONS).story;
  const links = body
    .flatMap((p) => p.inlines)
    .filter((node) => node.type === "link");
  expect(links).toEqual([
    { type: "link", children: [{ type: "text", value: "on his re-election" }] },
    {
      type: "link",
      children: [
        {
          type: "text",
          value: "special counsel Robert Mueller's investigation",
        },
      ],
    },
    {
      type: "link",
      children: [{ type: "text", value: 'baseless "claptrap."' }],
    },
  ]);
  expect(body[1]?.inlines).toEqual([
    {
      type: "text",
      value:
        "Lavrov told state television that Trump mentioned the possible trip when he called Putin on March 20 to congratulate him ",
    },
    { type: "link", children: [{ type: "text", value: "on his re-election" }] },
    { type: "text", value: " to another six years in office." },
  ]);
});

test("the seed's italic last line is its credit, not a paragraph", () => {
  expect(storyFromText(seed, OPTIONS).story.credit).toEqual({
    role: "Contributing",
    organization: "The Associated Press",
  });
});

test("the seed's More lines become briefs, listed in order as related", () => {
  const { story, briefs } = storyFromText(seed, OPTIONS);
  expect(briefs).toEqual([
    {
      kind: "brief",
      slug: "trump-wont-say-whether-he-would-fire-mueller-but-notes-that-hes-still-here",
      headline:
        "Trump won't say whether he would fire Mueller, but notes that he's 'still here'",
    },
    {
      kind: "brief",
      slug: "russia-unscrupulous-us-behavior-destabilizes-world",
      headline: "Russia: 'Unscrupulous' U.S. behavior destabilizes world",
    },
    {
      kind: "brief",
      slug: "lavrov-rejects-as-claptrap-charges-of-russian-election-meddling",
      headline:
        "Lavrov rejects as 'claptrap' charges of Russian election meddling",
    },
  ]);
  expect(story.related).toEqual(briefs.map((brief) => brief.slug));
});

test("what comes out passes parseStory, keys in the order of the FullStory type", () => {
  const { story, briefs } = storyFromText(seed, {
    ...OPTIONS,
    source: "sources/000_d3ee9ce1057ffd97.txt",
  });
  expect(parseStory(JSON.parse(storyJson(story)), "story")).toEqual(story);
  for (const brief of briefs)
    expect(parseStory(JSON.parse(storyJson(brief)), "brief")).toEqual(brief);
  expect(Object.keys(story)).toEqual([
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
  ]);
});

test("every committed story with a source is exactly what its source text gives", () => {
  const imported = Object.entries(storyFiles).flatMap(([file, text]) => {
    const committed = parseStory(JSON.parse(text), file);
    if (committed.kind !== "full" || committed.source === undefined) return [];
    const source = sourceTexts[`./${committed.source}`];
    if (source === undefined)
      throw new Error(`${file}: source ${committed.source} is missing`);
    const { story } = storyFromText(source, {
      section: committed.section,
      topics: committed.topics,
      source: committed.source,
      today: TODAY,
    });
    expect(story, file).toEqual(committed);
    expect(storyJson(story), file).toBe(text);
    return [committed.slug];
  });
  expect(imported).toContain(
    "russia-trump-promised-to-make-visit-to-moscow-if-putin-accepts-invite-to-white-house",
  );
});

test("emphasis, strong and real links are kept; soft line breaks become spaces", () => {
  const { story } = storyFromText(
    storyWith(
      "Said *very* **firmly**, see [the\nreport](https://example.com/r) and\n[this]() &amp; \\*that\\*.",
    ),
    OPTIONS,
  );
  expect(story.body).toEqual([
    {
      inlines: [
        { type: "text", value: "Said " },
        { type: "emphasis", children: [{ type: "text", value: "very" }] },
        { type: "text", value: " " },
        { type: "strong", children: [{ type: "text", value: "firmly" }] },
        { type: "text", value: ", see " },
        {
          type: "link",
          href: "https://example.com/r",
          children: [{ type: "text", value: "the report" }],
        },
        { type: "text", value: " and " },
        { type: "link", children: [{ type: "text", value: "this" }] },
        { type: "text", value: " & *that*." },
      ],
    },
  ]);
});

test("an italic paragraph inside the body stays in the body", () => {
  const { story } = storyFromText(
    storyWith("*An aside.*\n\nThe end."),
    OPTIONS,
  );
  expect(story.body.map((p) => p.inlines[0]?.type)).toEqual([
    "emphasis",
    "text",
  ]);
  expect(story.credit).toBeUndefined();
});

test("a story needs no rules, credit or More lines", () => {
  const { story, briefs } = storyFromText(
    "A headline\n\n01/12/2019\n\nOne paragraph.",
    OPTIONS,
  );
  expect(story).toEqual({
    kind: "full",
    slug: "a-headline",
    headline: "A headline",
    published: "2019-12-01",
    section: "World",
    topics: ["Russia", "Donald Trump", "Vladimir Putin"],
    body: [{ inlines: [{ type: "text", value: "One paragraph." }] }],
    related: [],
  });
  expect(briefs).toEqual([]);
});

test("Windows line endings and a byte-order mark give the same story", () => {
  expect(
    storyFromText(`\uFEFF${seed.replace(/\n/g, "\r\n")}`, OPTIONS),
  ).toEqual(storyFromText(seed, OPTIONS));
});

test("a leap day is a date only in a leap year", () => {
  expect(
    storyFromText("Leap\n\n29/02/2020\n\nBody.", OPTIONS).story.published,
  ).toBe("2020-02-29");
  expect(failure("Leap\n\n29/02/2019\n\nBody.")).toMatchObject({
    line: 3,
    message:
      "line 3: 29/02/2019, which is not a real date, expected the date written dd/mm/yyyy (day/month/year)",
  });
});

test("a date in another format is refused with its line", () => {
  expect(failure(seed.replace("20/04/2018", "April 20, 2018"))).toMatchObject({
    line: 7,
    message:
      'line 7: "April 20, 2018", expected the date written dd/mm/yyyy (day/month/year)',
  });
  expect(failure(seed.replace("20/04/2018", "2018-04-20")).line).toBe(7);
});

test("an impossible date is refused with its line", () => {
  expect(failure(seed.replace("20/04/2018", "31/02/2018"))).toMatchObject({
    line: 7,
    message:
      "line 7: 31/02/2018, which is not a real date, expected the date written dd/mm/yyyy (day/month/year)",
  });
  expect(failure(seed.replace("20/04/2018", "04/20/2018")).line).toBe(7);
});

test("a missing headline is refused", () => {
  expect(failure("20/04/2018\n\nBody.")).toMatchObject({
    line: 1,
    message:
      "line 1: a date (20/04/2018), expected the headline first, then the date",
  });
});

test("empty input is refused, naming what was expected", () => {
  expect(failure("")).toMatchObject({
    line: 1,
    message: "line 1: the end of the text, expected the headline",
  });
  expect(failure("\n\n---\n\n").message).toBe(
    "line 5: the end of the text, expected the headline",
  );
  expect(failure("Headline\n").message).toBe(
    "line 2: the end of the text, expected the date written dd/mm/yyyy (day/month/year)",
  );
});

test("a story without body paragraphs is refused", () => {
  expect(failure("Headline\n\n20/04/2018\n").message).toBe(
    "line 4: the end of the text, expected a body paragraph",
  );
  expect(
    failure(storyWith("*Contributing: AP*\n\n**More:** [Other](#)")),
  ).toMatchObject({
    line: 5,
    message:
      'line 5: "*Contributing: AP*", expected a body paragraph before it',
  });
});

test("a heading is refused with its line", () => {
  expect(failure(storyWith("Body.\n\n## A subheading"))).toMatchObject({
    line: 7,
    message: 'line 7: a heading ("## A subheading"), expected a body paragraph',
  });
  expect(failure("# Headline\n\n20/04/2018\n\nBody.").message).toBe(
    'line 1: a heading ("# Headline"), expected the headline as a plain paragraph',
  );
});

test("a headline directly above --- is a heading, and the message says why", () => {
  expect(failure("Headline\n---\n\n20/04/2018\n\nBody.").message).toBe(
    'line 1: a heading ("Headline" underlined by the next line), expected the headline as a plain paragraph',
  );
});

test("a list is refused with its line", () => {
  expect(failure(storyWith("Body.\n\n- one\n- two"))).toMatchObject({
    line: 7,
    message: 'line 7: a list ("- one"), expected a body paragraph',
  });
});

test("images, HTML, code and hard line breaks are refused", () => {
  expect(failure(storyWith("See ![a map](map.png)."))).toMatchObject({
    line: 5,
    message:
      'line 5: an image ("![a map](map.png)"), expected words, *emphasis*, **strong** or [links](#)',
  });
  expect(failure(storyWith("<p>Body</p>")).message).toBe(
    'line 5: HTML ("<p>Body</p>"), expected a body paragraph',
  );
  expect(failure(storyWith("Body <b>bold</b>.")).message).toMatch(
    /^line 5: HTML \("<b>"\), expected words/,
  );
  expect(failure(storyWith("Run `rm`.")).message).toMatch(
    /^line 5: inline code \("`rm`"\)/,
  );
  expect(failure(storyWith("    code")).message).toMatch(
    /^line 5: a code block/,
  );
  expect(failure(storyWith("> quoted")).message).toMatch(
    /^line 5: a block quote/,
  );
  expect(failure(storyWith("One  \ntwo.")).message).toMatch(
    /^line 5: a hard line break/,
  );
});

test("a rule inside the story is refused", () => {
  expect(failure(storyWith("Body.\n\n---\n\nMore body.")).message).toBe(
    'line 7: a rule ("---"; rules may only open and close the text), expected a body paragraph',
  );
});

test("formatting in the headline is refused", () => {
  expect(failure("The *real* headline\n\n20/04/2018\n\nBody.").message).toBe(
    'line 1: emphasis ("*real*"), expected plain words in the headline',
  );
});

test("a More line without a link is refused with its line", () => {
  expect(failure(storyWith("Body.\n\n**More:** Another story"))).toMatchObject({
    line: 7,
    message:
      'line 7: "**More:** Another story", expected a line written **More:** [Headline](#) (nothing may follow the More lines)',
  });
  expect(failure(storyWith("Body.\n\n**More**: [Other](#)")).line).toBe(7);
  expect(failure(storyWith("Body.\n\nMore: [Other](#)")).line).toBe(7);
});

test("body text after the More lines is refused", () => {
  expect(
    failure(storyWith("Body.\n\n**More:** [Other](#)\n\nLate paragraph."))
      .message,
  ).toBe(
    'line 9: "Late paragraph.", expected a line written **More:** [Headline](#) (nothing may follow the More lines)',
  );
});

test("More lines naming a real target, a repeat or the story itself are refused", () => {
  expect(
    failure(storyWith("Body.\n\n**More:** [Other](https://example.com)"))
      .message,
  ).toBe(
    'line 7: a More link to "https://example.com", expected the placeholder target (#): related stories are matched by headline',
  );
  expect(
    failure(storyWith("Body.\n\n**More:** [Other](#)\n\n**More:** [Other!](#)"))
      .message,
  ).toBe(
    'line 9: "**More:** [Other!](#)", expected a different story than the More line on line 7',
  );
  expect(failure(storyWith("Body.\n\n**More:** [Headline](#)")).line).toBe(7);
});

test("a credit not written Role: Organization is refused", () => {
  expect(failure(storyWith("Body.\n\n*Updated at noon*")).message).toBe(
    'line 7: "*Updated at noon*", expected a credit written *Role: Organization*, such as *Contributing: The Associated Press*',
  );
});

test("a link with no words, or to an unsafe target, is refused with its line", () => {
  expect(failure(storyWith("Body [](#).")).message).toBe(
    'line 5: a link ("[](#)") with no words, expected words in it',
  );
  expect(
    failure(storyWith("Body.\n\nClick [here](javascript:alert(1)).")).message,
  ).toBe(
    'line 7: body[1].inlines[1].href: must start with /, http(s):// or mailto: (leave it out when unknown), got "javascript:alert(1)"',
  );
});

test("binary-looking input is refused with the line of the first control character", () => {
  expect(failure("Headline\n\n20/04/2018\n\nBo\u0000dy\u0001")).toMatchObject({
    line: 5,
    message:
      "line 5: a control character (U+0000), expected text: is this a binary file?",
  });
  expect(failure("\uFFFD\uFFFDPNG").line).toBe(1);
  // The same set parseStory refuses in a story file, C1 controls included.
  expect(failure("Headline\n\n20/04/2018\n\nBody\u0085.")).toMatchObject({
    line: 5,
    message:
      "line 5: a control character (U+0085), expected text: is this a binary file?",
  });
});

test("bad options are refused by parseStory, without a line", () => {
  const error = failure(seed, {
    section: "World",
    topics: ["Russia", "Russia"],
    today: TODAY,
  });
  expect(error.message).toBe('topics[1]: repeats "Russia"');
  expect(error.line).toBeUndefined();
  expect(
    failure(seed, { section: "", topics: ["Russia"], today: TODAY }).message,
  ).toBe("section: must not be empty");
  expect(
    failure(seed, { section: "World", topics: [], today: TODAY }).message,
  ).toBe("topics: must not be empty");
});

test("a WireTextError is an Error named WireTextError", () => {
  const error = failure("");
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe("WireTextError");
  // The command prints it as one line, without a stack.
  expect(error).toBeInstanceOf(UserError);
});
