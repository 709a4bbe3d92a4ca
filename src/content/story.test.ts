import { expect, test } from "vitest";
import { parseStory, plainText, StoryDataError } from "./story.ts";
import { UserError } from "./userError.ts";

const FILE = "stories/example.json";

function validStory(): Record<string, unknown> {
  return {
    kind: "full",
    slug: "example-story",
    headline: "Example headline",
    published: "2018-04-20",
    section: "World",
    topics: ["Russia"],
    body: [
      { inlines: [{ type: "text", value: "First paragraph." }] },
      {
        inlines: [
          { type: "text", value: "See " },
          {
            type: "link",
            href: "https://example.org/",
            children: [{ type: "text", value: "this" }],
          },
        ],
      },
    ],
    credit: { role: "Contributing", organization: "The Associated Press" },
    related: ["other-story"],
  };
}

test("parseStory accepts a full story and a brief", () => {
  const story = parseStory(validStory(), FILE);
  expect(story.kind).toBe("full");
  expect(story.headline).toBe("Example headline");
  const brief = parseStory(
    { kind: "brief", slug: "a-brief", headline: "A brief" },
    "stories/a-brief.json",
  );
  expect(brief).toEqual({
    kind: "brief",
    slug: "a-brief",
    headline: "A brief",
  });
});

test("parseStory keeps a link without a target as an unresolved link", () => {
  const data = validStory();
  data["body"] = [
    {
      inlines: [
        {
          type: "link",
          children: [{ type: "text", value: "on his re-election" }],
        },
      ],
    },
  ];
  const story = parseStory(data, FILE);
  expect(story.kind === "full" && story.body[0]?.inlines[0]).toEqual({
    type: "link",
    children: [{ type: "text", value: "on his re-election" }],
  });
});

/**
 * Each case: a change to a valid story, and the field and reason the error
 * must name. The bad-data corpus (tests/fixtures/stories/, run by
 * src/tools/build/storyCorpus.test.tsx) holds the cases the issue lists: slugs, dates,
 * link schemes, empty bodies and more.
 */
const badData: [string, (story: Record<string, unknown>) => void, RegExp][] = [
  [
    "not an object",
    (s) => Object.keys(s).forEach((k) => delete s[k]),
    /\(root\)|kind/,
  ],
  [
    "unknown kind",
    (s) => (s["kind"] = "video"),
    /: kind: must be "full" or "brief"/,
  ],
  [
    "missing slug",
    (s) => delete s["slug"],
    /: slug: must be a string, got nothing/,
  ],
  [
    "empty headline",
    (s) => (s["headline"] = ""),
    /: headline: must not be empty/,
  ],
  [
    "padded headline",
    (s) => (s["headline"] = " Headline"),
    /: headline: must not start or end with white space/,
  ],
  [
    "headline on two lines",
    (s) => (s["headline"] = "One\nTwo"),
    /: headline: must be a single line/,
  ],
  [
    "repeated topic",
    (s) => (s["topics"] = ["Russia", "Russia"]),
    /: topics\[1\]: repeats "Russia"/,
  ],
  [
    "topic not a string",
    (s) => (s["topics"] = [7]),
    /: topics\[0\]: must be a string, got 7/,
  ],
  ["empty body", (s) => (s["body"] = []), /: body: must not be empty/],
  [
    "credit without organization",
    (s) => (s["credit"] = { role: "Contributing" }),
    /: credit\.organization: must be a string/,
  ],
];

test.each(badData)(
  "parseStory rejects %s, naming the file and field",
  (_name, spoil, message) => {
    const data = validStory();
    spoil(data);
    expect(() => parseStory(data, FILE)).toThrow(StoryDataError);
    // A problem for whoever edits the file: commands print it without a stack.
    expect(() => parseStory(data, FILE)).toThrow(UserError);
    expect(() => parseStory(data, FILE)).toThrow(message);
    expect(() => parseStory(data, FILE)).toThrow(/^stories\/example\.json: /);
  },
);

test("parseStory rejects data that is not an object at all", () => {
  expect(() => parseStory([], FILE)).toThrow(
    "stories/example.json: (root): must be an object, got []",
  );
  expect(() => parseStory(null, FILE)).toThrow(
    "stories/example.json: (root): must be an object, got null",
  );
});

test("plainText joins the words of nested inline nodes", () => {
  expect(
    plainText([
      { type: "text", value: "a " },
      {
        type: "strong",
        children: [
          { type: "emphasis", children: [{ type: "text", value: "b" }] },
        ],
      },
      { type: "link", children: [{ type: "text", value: " c" }] },
    ]),
  ).toBe("a b c");
});

test("a story dated up to the day after the build day is published; later is the future", () => {
  const dated = (published: string) => ({ ...validStory(), published });
  const today = { today: "2018-04-30" };
  expect(parseStory(dated("2018-04-30"), FILE, today).kind).toBe("full");
  // Where the day starts first (UTC+14) it is already tomorrow.
  expect(parseStory(dated("2018-05-01"), FILE, today).kind).toBe("full");
  expect(() => parseStory(dated("2018-05-02"), FILE, today)).toThrow(
    "stories/example.json: published: 2018-05-02 is in the future (the build day is 2018-04-30)",
  );
  // Without a build day, parseStory judges the file alone.
  expect(parseStory(dated("2999-01-01"), FILE).kind).toBe("full");
});

test("inline nodes may nest eight deep, not nine", () => {
  const nested = (depth: number) => {
    let node: unknown = { type: "text", value: "deep" };
    for (let i = 1; i < depth; i++)
      node = { type: "emphasis", children: [node] };
    return { ...validStory(), body: [{ inlines: [node] }] };
  };
  expect(parseStory(nested(8), FILE).kind).toBe("full");
  expect(() => parseStory(nested(9), FILE)).toThrow(
    /: body\[0\]\.inlines\[0\](\.children\[0\]){7}\.children: nests inline nodes more than 8 deep$/,
  );
  // Thousands deep fails the same way, instead of overflowing the stack.
  expect(() => parseStory(nested(5000), FILE)).toThrow(/more than 8 deep$/);
});

test("tabs and line breaks are text; other control characters are not", () => {
  const saying = (value: string) => ({
    ...validStory(),
    body: [{ inlines: [{ type: "text", value }] }],
  });
  expect(parseStory(saying("a\tb\nc"), FILE).kind).toBe("full");
  expect(() => parseStory(saying("a\u0000b"), FILE)).toThrow(
    "body[0].inlines[0].value: must not hold control characters, found U+0000 at character 2",
  );
  expect(() => parseStory(saying("a\u009bb"), FILE)).toThrow(/U\+009B/);
  // What a decoder leaves for bytes that were not text: the importer refuses it too.
  expect(() => parseStory(saying("a\uFFFDb"), FILE)).toThrow(
    "body[0].inlines[0].value: must not hold control characters, found U+FFFD at character 2",
  );
});

test("only a story's own fields count: ones inherited from a prototype are not read", () => {
  const inherited: unknown = Object.create({
    kind: "brief",
    slug: "inherited",
    headline: "Inherited",
  });
  expect(() => parseStory(inherited, "stories/x.json")).toThrow(
    'stories/x.json: kind: must be "full" or "brief", got nothing',
  );
  expect(
    parseStory(
      { kind: "brief", slug: "constructor", headline: "toString" },
      "stories/constructor.json",
    ),
  ).toEqual({ kind: "brief", slug: "constructor", headline: "toString" });
});
