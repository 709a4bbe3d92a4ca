import type { ReactNode } from "react";
import { Link } from "react-router";
import { OfflineMark } from "./OfflineMark.tsx";
import type { Teaser } from "./StoryCard.tsx";
import styles from "./RelatedStories.module.css";

type Props = { stories: Teaser[] };

function Sidebar({ children }: { children: ReactNode }) {
  return (
    <aside
      className={styles.related}
      aria-labelledby="related-heading"
      data-print="hide"
    >
      <h2 id="related-heading" className={styles.heading}>
        More on this story
      </h2>
      {children}
    </aside>
  );
}

export function RelatedStories({ stories }: Props) {
  return (
    <Sidebar>
      <ul className={styles.list}>
        {stories.map((story) => (
          <li key={story.slug}>
            <Link to={story.path} className={styles.link}>
              {story.headline}
            </Link>
            {story.kind === "brief" && (
              <span className={styles.note}>Brief</span>
            )}
            <OfflineMark slug={story.slug} path={story.path} />
          </li>
        ))}
      </ul>
    </Sidebar>
  );
}

/** In the sidebar's place when it failed to render, so the story stays. */
export function RelatedStoriesUnavailable() {
  return (
    <Sidebar>
      <p className={styles.note}>
        These stories could not be shown. Reloading the page may help.
      </p>
    </Sidebar>
  );
}
