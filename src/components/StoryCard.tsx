import { Link } from "react-router";
import { PublishedDate, type DateLabel } from "./PublishedDate.tsx";
import styles from "./StoryCard.module.css";

/** What a list needs to show a story: enough to choose it, and where it lives. */
export type Teaser = {
  slug: string;
  headline: string;
  path: string;
  /** Absent for briefs, whose date is not known. */
  published?: DateLabel;
  isBrief: boolean;
};

type Props = {
  teaser: Teaser;
  /** A line of the story's text under the headline: its standfirst, or a search snippet. */
  summary?: string | undefined;
  headingLevel: 2 | 3;
  size?: "lead" | "regular";
};

/** A story in a list: headline as the link, then its date and a line of its text. */
export function StoryCard({
  teaser,
  summary,
  headingLevel,
  size = "regular",
}: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={styles.card} data-size={size}>
      <Heading className={styles.headline}>
        <Link to={teaser.path}>{teaser.headline}</Link>
      </Heading>
      {summary && <p className={styles.summary}>{summary}</p>}
      <p className={styles.meta}>
        {teaser.published ? (
          <PublishedDate date={teaser.published} />
        ) : (
          "Brief: full story not in this edition"
        )}
      </p>
    </article>
  );
}
