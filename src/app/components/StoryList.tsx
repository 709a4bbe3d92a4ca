import { StoryCard, type Teaser } from "./StoryCard.tsx";
import styles from "./StoryList.module.css";

export type ListedStory = { teaser: Teaser; summary?: string | undefined };

type Props = { stories: ListedStory[]; headingLevel: 2 | 3 };

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
