import { expect, test } from "vitest";
import { full } from "./sampleEdition.ts";
import { standfirst, wordCount } from "./storyFacts.ts";

test("wordCount counts the words of every paragraph", () => {
  expect(
    wordCount(
      full("x", {
        body: [
          { inlines: [{ type: "text", value: "one two  three" }] },
          { inlines: [{ type: "text", value: "four" }] },
        ],
      }),
    ),
  ).toBe(4);
});

test("standfirst is the first paragraph's text, links and emphasis flattened", () => {
  expect(
    standfirst(
      full("x", {
        body: [
          {
            inlines: [
              { type: "text", value: "Lavrov said " },
              {
                type: "emphasis",
                children: [{ type: "text", value: "Friday" }],
              },
              { type: "text", value: "." },
            ],
          },
          { inlines: [{ type: "text", value: "Not this one." }] },
        ],
      }),
    ),
  ).toBe("Lavrov said Friday.");
  expect(standfirst(full("x", { body: [] }))).toBe("");
});
