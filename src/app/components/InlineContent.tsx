import type { Inline } from "../../content/story.ts";
import { StoryLink } from "./StoryLink.tsx";

type Props = { nodes: Inline[] };

/** A run of story text, one element per node; the switch must cover every node type. */
export function InlineContent({ nodes }: Props) {
  return nodes.map((node, i) => {
    switch (node.type) {
      case "text":
        return node.value;
      case "emphasis":
        return (
          <em key={i}>
            <InlineContent nodes={node.children} />
          </em>
        );
      case "strong":
        return (
          <strong key={i}>
            <InlineContent nodes={node.children} />
          </strong>
        );
      case "link":
        return (
          <StoryLink key={i} href={node.href}>
            <InlineContent nodes={node.children} />
          </StoryLink>
        );
    }
  });
}
