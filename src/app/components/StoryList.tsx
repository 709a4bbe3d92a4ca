import { StoryCard, type Teaser } from "./StoryCard.tsx";
import styles from "./StoryList.module.css";

/** A story as a list shows it: the teaser, and perhaps a line of its text. */
export type ListedStory = { teaser: Teaser; summary?: string | undefined };

type Props = { stories: ListedStory[]; headingLevel: 2 | 3 };

/** Stories one under another, divided by rules, each headline a link. */
export function StoryList({ stories, headingLevel }: Props) {
  return (
    <ul className={styles.list}>
      {stories.map(({ teaser, summary }) => (
        <li key={teaser.slug}>
          <StoryCard
            teaser={teaser}
            summary={summary}
            headingLevel={headingLevel}
          />
        </li>
      ))}
    </ul>
  );
}
