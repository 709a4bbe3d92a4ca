import { Link } from "react-router";
import type { Teaser } from "./StoryCard.tsx";
import styles from "./RelatedStories.module.css";

type Props = { stories: Teaser[] };

/** The stories a story points its reader to ("More:" in the wire copy). */
export function RelatedStories({ stories }: Props) {
  return (
    <aside
      className={styles.related}
      aria-labelledby="related-heading"
      data-print="hide"
    >
      <h2 id="related-heading" className={styles.heading}>
        More on this story
      </h2>
      <ul className={styles.list}>
        {stories.map((story) => (
          <li key={story.slug}>
            <Link to={story.path} className={styles.link}>
              {story.headline}
            </Link>
            {story.kind === "brief" && (
              <span className={styles.note}>Brief</span>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
