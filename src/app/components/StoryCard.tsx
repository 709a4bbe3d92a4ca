import type { ReactNode } from "react";
import { Link } from "react-router";
import { sectionPath } from "../../content/paths.ts";
import { SaveStoryButton } from "../reader/SaveStoryButton.tsx";
import { Kicker } from "./Kicker.tsx";
import { OfflineMark } from "./OfflineMark.tsx";
import { PublishedDate, type DateLabel } from "./PublishedDate.tsx";
import styles from "./StoryCard.module.css";

export type Teaser = { slug: string; headline: string; path: string } & (
  | { kind: "full"; section: string; published: DateLabel }
  /** A brief's section and date are not known, so it has none. */
  | { kind: "brief" }
);

type Props = {
  teaser: Teaser;
  /** A line of the story's text under the headline: its standfirst, or a search excerpt. */
  summary?: ReactNode;
  headingLevel: 2 | 3;
  size?: "lead" | "regular";
};

export function StoryCard({
  teaser,
  summary,
  headingLevel,
  size = "regular",
}: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={styles.card} data-size={size}>
      {teaser.kind === "full" && (
        <Kicker to={sectionPath(teaser.section)}>{teaser.section}</Kicker>
      )}
      <Heading className={styles.headline}>
        <Link to={teaser.path}>{teaser.headline}</Link>
      </Heading>
      {summary && <p className={styles.summary}>{summary}</p>}
      <div className={styles.footer}>
        <p className={styles.meta}>
          {teaser.kind === "full" ? (
            <PublishedDate date={teaser.published} />
          ) : (
            "Brief · full story not in this edition"
          )}
          <OfflineMark slug={teaser.slug} path={teaser.path} />
        </p>
        <SaveStoryButton slug={teaser.slug} headline={teaser.headline} />
      </div>
    </article>
  );
}
