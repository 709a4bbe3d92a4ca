import type { Inline } from "../../content/story.ts";

/**
 * A paragraph's words as a speech engine reads them: the text of every
 * inline node in order, links and emphasis by their words alone.
 *
 * @example plainText([{ type: "text", value: "Said " }, { type: "emphasis", children: [{ type: "text", value: "no" }] }]) === "Said no"
 */
export function plainText(inlines: readonly Inline[]): string {
  let text = "";
  for (const node of inlines) {
    switch (node.type) {
      case "text":
        text += node.value;
        break;
      case "link":
      case "emphasis":
      case "strong":
        text += plainText(node.children);
        break;
    }
  }
  return text;
}
