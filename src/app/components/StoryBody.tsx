import { useState, type MouseEvent } from "react";
import { paragraphAnchor } from "../../content/paths.ts";
import type { Paragraph } from "../../content/story.ts";
import { ToolSlot } from "../readingTools/ToolSlot.tsx";
import { InlineContent } from "./InlineContent.tsx";
import styles from "./StoryBody.module.css";

type Props = {
  paragraphs: Paragraph[];
  /** The story's canonical URL, which paragraph links extend with #p-N. */
  url: string;
};

/**
 * The story's text, each paragraph with a link to itself. Each paragraph
 * takes its direction from its first letter (`dir="auto"`), so a paragraph
 * in Arabic or Hebrew reads right to left in an English page. Without
 * JavaScript the link is a plain #p-N anchor (the address bar then holds the
 * paragraph's link); with it, a click copies the full link and says so.
 */
export function StoryBody({ paragraphs, url }: Props) {
  const [copied, setCopied] = useState("");

  const copy = async (event: MouseEvent, position: number) => {
    event.preventDefault();
    // Loaded on first use, like the Share button's (ShareButton.tsx).
    const { copyLink } = await import("../sharing/shareLink.ts");
    const outcome = await copyLink({
      url: `${url}#${paragraphAnchor(position)}`,
      title: "",
    });
    if (outcome.kind === "copied")
      setCopied(`Link to paragraph ${position} copied`);
    // No clipboard: let the anchor do what it does without JavaScript.
    else window.location.hash = paragraphAnchor(position);
  };

  return (
    <div className={styles.body}>
      {paragraphs.map((paragraph, i) => {
        const position = i + 1;
        return (
          <p
            key={position}
            id={paragraphAnchor(position)}
            dir="auto"
            tabIndex={-1}
            className={styles.paragraph}
          >
            <InlineContent nodes={paragraph.inlines} />{" "}
            <a
              href={`#${paragraphAnchor(position)}`}
              className={styles.anchor}
              aria-label={`Link to paragraph ${position}`}
              data-print="hide"
              onClick={(event) => void copy(event, position)}
            >
              ¶
            </a>
            <ToolSlot tool="listenFrom" position={position} />
          </p>
        );
      })}
      <p role="status" className="visually-hidden">
        {copied}
      </p>
    </div>
  );
}
