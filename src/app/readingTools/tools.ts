/**
 * The reading tools whose code arrives after hydration, and what each is
 * given by the page it appears in. Types only: nothing here is bundled.
 */
import type { ComponentType } from "react";
import type { FullStory } from "../../content/story.ts";

export type StoryToolProps = { story: FullStory };
/** 1-based, as in the paragraph's anchor (#p-N), of the story on the page. */
export type ParagraphToolProps = { position: number };

export type Tools = {
  /** Beside Share and Save: Listen, with its player. */
  listen: ComponentType<StoryToolProps>;
  /** In every paragraph of a story: Listen from here. */
  listenFrom: ComponentType<ParagraphToolProps>;
  /** Once per story page: how far the reader is, drawn and remembered. */
  progress: ComponentType<StoryToolProps>;
};
