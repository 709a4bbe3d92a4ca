// A feed reader shows an item's content as HTML. This writes that HTML from
// story data alone: our own elements, one per node type, around text that is
// always escaped, so nothing a story file holds is ever read as markup.
import type { Inline, Paragraph } from "../../../content/story.ts";

const ENTITIES = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  ["'", "&#39;"],
]);

/**
 * Safe as element text and as a quoted attribute value.
 * @example htmlText('Tom & "Jerry" <b>') === "Tom &amp; &quot;Jerry&quot; &lt;b&gt;"
 */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES.get(char) ?? char);
}

/**
 * @param resolveHref the address a reader outside the site can follow, for a link's `href` as the data has it
 * @example storyHtml(story.body, (href) => new URL(href, origin).href) // "<p>Russian Foreign Minister …</p>\n<p>…</p>"
 */
export function storyHtml(
  paragraphs: readonly Paragraph[],
  resolveHref: (href: string) => string,
): string {
  return paragraphs
    .map((paragraph) => `<p>${inlineHtml(paragraph.inlines, resolveHref)}</p>`)
    .join("\n");
}

function inlineHtml(
  nodes: readonly Inline[],
  resolveHref: (href: string) => string,
): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case "text":
          return htmlText(node.value);
        case "emphasis":
          return `<em>${inlineHtml(node.children, resolveHref)}</em>`;
        case "strong":
          return `<strong>${inlineHtml(node.children, resolveHref)}</strong>`;
        case "link": {
          const text = inlineHtml(node.children, resolveHref);
          // As on the page: a link with nowhere to go stays plain text.
          return node.href === undefined
            ? text
            : `<a href="${htmlText(resolveHref(node.href))}">${text}</a>`;
        }
      }
    })
    .join("");
}
