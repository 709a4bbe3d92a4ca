import type { ReactNode } from "react";
import { Link } from "react-router";
import { OfflineMark } from "./OfflineMark.tsx";
import type { Teaser } from "./StoryCard.tsx";
import styles from "./RelatedStories.module.css";

type Props = {
  /** The editor's "More:" links, in the editor's order. */
  picks: Teaser[];
  /** Computed at build time from the story's words, topics and date. */
  similar: Teaser[];
};

function Sidebar({ children }: { children: ReactNode }) {
  return (
    <aside
      className={styles.related}
      aria-label="Related stories"
      data-print="hide"
    >
      {children}
    </aside>
  );
}

/** A heading and its list; the list is named by the heading, so each kind can be found by name. */
function Group({
  id,
  heading,
  stories,
}: {
  id: string;
  heading: string;
  stories: Teaser[];
}) {
  return (
    <div>
      <h2 id={id} className={styles.heading}>
        {heading}
      </h2>
      <ul className={styles.list} aria-labelledby={id}>
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
    </div>
  );
}

/** The editor's picks and the computed ones apart, each under its own label; an empty kind shows nothing. */
export function RelatedStories({ picks, similar }: Props) {
  return (
    <Sidebar>
      {picks.length > 0 && (
        <Group
          id="related-picks"
          heading="More on this story"
          stories={picks}
        />
      )}
      {similar.length > 0 && (
        <Group
          id="related-similar"
          heading="Similar stories"
          stories={similar}
        />
      )}
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
