import type { ReactNode } from "react";
import { archivePath, sectionPath } from "../../content/paths.ts";
import { Kicker } from "./Kicker.tsx";
import { PublishedDate, type DateLabel } from "./PublishedDate.tsx";
import styles from "./StoryHeader.module.css";

type Props = {
  section: string;
  headline: string;
  published: DateLabel;
  readingTime: string;
  ageNotice: string | undefined;
  /** The story's address, printed under the headline so a paper copy leads back. */
  url: string;
  actions?: ReactNode;
};

export function StoryHeader({
  section,
  headline,
  published,
  readingTime,
  ageNotice,
  url,
  actions,
}: Props) {
  return (
    <header className={styles.header}>
      <Kicker to={sectionPath(section)}>{section}</Kicker>
      {/* dir="auto": a headline in a right-to-left script reads as one. */}
      <h1 tabIndex={-1} dir="auto" className={styles.headline}>
        {headline}
      </h1>
      <p className={styles.url} data-print="only">
        {url}
      </p>
      <p className={styles.meta}>
        <PublishedDate
          date={published}
          archive={{ path: archivePath(section, published.iso), section }}
        />
        <span aria-hidden="true"> · </span>
        {readingTime}
      </p>
      {ageNotice && (
        <p className={styles.age} role="note">
          {ageNotice}
        </p>
      )}
      {actions && <div className={styles.actions}>{actions}</div>}
    </header>
  );
}
