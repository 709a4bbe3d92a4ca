import { expect, test } from "vitest";
import { parseStory, plainText, StoryDataError } from "./story.ts";

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

/** Each case: a change to a valid story, and the field and reason the error must name. */
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
    "slug with spaces",
    (s) => (s["slug"] = "two words"),
    /: slug: must be lower-case words/,
  ],
  [
    "slug with capitals",
    (s) => (s["slug"] = "Russia"),
    /: slug: must be lower-case words/,
  ],
  [
    "slug with a slash",
    (s) => (s["slug"] = "a/b"),
    /: slug: must be lower-case words/,
  ],
  [
    "slug with ..",
    (s) => (s["slug"] = ".."),
    /: slug: must be lower-case words/,
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
    "day-first date",
    (s) => (s["published"] = "20/04/2018"),
    /: published: must be a date written YYYY-MM-DD/,
  ],
  [
    "impossible date",
    (s) => (s["published"] = "2018-02-31"),
    /: published: is not a real calendar date/,
  ],
  [
    "month 13",
    (s) => (s["published"] = "2018-13-01"),
    /: published: is not a real calendar date/,
  ],
  ["no topics", (s) => (s["topics"] = []), /: topics: must not be empty/],
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
    "paragraph without inlines",
    (s) => (s["body"] = [{ inlines: [] }]),
    /: body\[0\]\.inlines: must not be empty/,
  ],
  [
    "unknown inline type",
    (s) => (s["body"] = [{ inlines: [{ type: "html", value: "<b>x</b>" }] }]),
    /: body\[0\]\.inlines\[0\]\.type: must be text, link, emphasis or strong, got "html"/,
  ],
  [
    "javascript: link",
    (s) =>
      (s["body"] = [
        {
          inlines: [
            {
              type: "link",
              href: "javascript:alert(1)",
              children: [{ type: "text", value: "x" }],
            },
          ],
        },
      ]),
    /: body\[0\]\.inlines\[0\]\.href: must start with \/, http\(s\):\/\/ or mailto:/,
  ],
  [
    "placeholder # link",
    (s) =>
      (s["body"] = [
        {
          inlines: [
            { type: "text", value: "a" },
            {
              type: "link",
              href: "#",
              children: [{ type: "text", value: "x" }],
            },
          ],
        },
      ]),
    /: body\[0\]\.inlines\[1\]\.href: must start with/,
  ],
  [
    "protocol-relative link",
    (s) =>
      (s["body"] = [
        {
          inlines: [
            {
              type: "link",
              href: "//evil.example",
              children: [{ type: "text", value: "x" }],
            },
          ],
        },
      ]),
    /: body\[0\]\.inlines\[0\]\.href: must start with/,
  ],
  [
    "credit without organization",
    (s) => (s["credit"] = { role: "Contributing" }),
    /: credit\.organization: must be a string/,
  ],
  [
    "related slug not a slug",
    (s) => (s["related"] = ["Not A Slug"]),
    /: related\[0\]: must be lower-case words/,
  ],
  [
    "unknown field",
    (s) => (s["author"] = "Someone"),
    /: author: is not a known field/,
  ],
];

test.each(badData)(
  "parseStory rejects %s, naming the file and field",
  (_name, spoil, message) => {
    const data = validStory();
    spoil(data);
    expect(() => parseStory(data, FILE)).toThrow(StoryDataError);
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
