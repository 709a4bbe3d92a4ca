import type { Paragraph } from "../content/story.ts";
import { InlineContent } from "./InlineContent.tsx";
import styles from "./StoryBody.module.css";

type Props = { paragraphs: Paragraph[] };

export function StoryBody({ paragraphs }: Props) {
  return (
    <div className={styles.body}>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>
          <InlineContent nodes={paragraph.inlines} />
        </p>
      ))}
    </div>
  );
}
