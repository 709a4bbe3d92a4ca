import { useSyncExternalStore } from "react";
import type { ParagraphToolProps } from "../readingTools/tools.ts";
import { languageOf, listen, playerState, subscribe } from "./player.ts";
import styles from "./ListenFrom.module.css";

/**
 * "Listen from here", after a paragraph's ¶ link: as quiet as the link, and
 * reached by Tab like it. Reads the story on the page from this paragraph,
 * whatever was being read before.
 */
export function ListenFrom({ position }: ParagraphToolProps) {
  const { story } = useSyncExternalStore(subscribe, playerState, playerState);
  // A paragraph outside a story with a Listen control has nothing to read.
  if (!story) return null;
  return (
    <button
      type="button"
      className={styles.button}
      aria-label={`Listen from paragraph ${position}`}
      data-print="hide"
      onClick={(event) => listen(position, languageOf(event.currentTarget))}
    >
      {/* U+FE0E: the triangle as text, in the link's colour, not an emoji. */}
      {"\u25B6\uFE0E"}
    </button>
  );
}
