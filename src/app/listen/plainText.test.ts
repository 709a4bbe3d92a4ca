import { expect, test } from "vitest";
import type { Inline } from "../../content/story.ts";
import { plainText } from "./plainText.ts";

test("a paragraph reads as its words, whatever marks them up", () => {
  const inlines: Inline[] = [
    { type: "text", value: "Lavrov called the charges " },
    {
      type: "emphasis",
      children: [
        { type: "text", value: "“" },
        { type: "strong", children: [{ type: "text", value: "claptrap" }] },
        { type: "text", value: "”" },
      ],
    },
    { type: "text", value: ", the " },
    {
      type: "link",
      href: "https://example.org/",
      children: [{ type: "text", value: "ministry said" }],
    },
    { type: "text", value: "." },
  ];
  expect(plainText(inlines)).toBe(
    "Lavrov called the charges “claptrap”, the ministry said.",
  );
});

test("a link with nowhere to go still reads, and an empty paragraph is silent", () => {
  expect(
    plainText([{ type: "link", children: [{ type: "text", value: "More" }] }]),
  ).toBe("More");
  expect(plainText([])).toBe("");
});
