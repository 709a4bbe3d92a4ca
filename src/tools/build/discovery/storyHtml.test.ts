import { expect, test } from "vitest";
import type { Paragraph } from "../../../content/story.ts";
import { htmlText, storyHtml } from "./storyHtml.ts";

const resolve = (href: string) =>
  href.startsWith("/") ? `https://news.example.org${href}` : href;

test("writes each paragraph as a <p>, emphasis and strong as themselves, links with their address made whole", () => {
  const body: Paragraph[] = [
    {
      inlines: [
        { type: "text", value: "See " },
        {
          type: "link",
          href: "/topics/",
          children: [
            { type: "emphasis", children: [{ type: "text", value: "topics" }] },
          ],
        },
        { type: "text", value: " and " },
        { type: "strong", children: [{ type: "text", value: "mail" }] },
        {
          type: "link",
          href: "mailto:desk@example.org",
          children: [{ type: "text", value: " us" }],
        },
      ],
    },
    { inlines: [{ type: "text", value: "Two" }] },
  ];
  expect(storyHtml(body, resolve)).toBe(
    '<p>See <a href="https://news.example.org/topics/"><em>topics</em></a> and <strong>mail</strong><a href="mailto:desk@example.org"> us</a></p>\n<p>Two</p>',
  );
});

test("a link with nowhere to go is plain text, as on the page", () => {
  expect(
    storyHtml(
      [
        {
          inlines: [
            { type: "link", children: [{ type: "text", value: "here" }] },
          ],
        },
      ],
      resolve,
    ),
  ).toBe("<p>here</p>");
});

test("text and addresses are escaped for both element text and a quoted attribute", () => {
  expect(htmlText(`<a href="x" onclick='y'>&amp;</a>`)).toBe(
    "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
  );
  expect(
    storyHtml(
      [
        {
          inlines: [
            {
              type: "link",
              href: 'https://e.org/?q="><b>',
              children: [{ type: "text", value: "<b>x</b>" }],
            },
          ],
        },
      ],
      resolve,
    ),
  ).toBe(
    '<p><a href="https://e.org/?q=&quot;&gt;&lt;b&gt;">&lt;b&gt;x&lt;/b&gt;</a></p>',
  );
});
