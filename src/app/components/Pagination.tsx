import { Link } from "react-router";
import styles from "./Pagination.module.css";

type Props = {
  /** 1-based. */
  page: number;
  pages: number;
  /** Newer stories: the page before, if any. */
  previous?: string | undefined;
  /** Older stories: the page after, if any. */
  next?: string | undefined;
  /** What the links say; a list of search results is not in date order. */
  labels?: { previous: string; next: string };
};

const byDate = { previous: "Newer stories", next: "Older stories" };

export function Pagination({
  page,
  pages,
  previous,
  next,
  labels = byDate,
}: Props) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className={styles.pagination}>
      {previous ? (
        <Link to={previous} rel="prev" className={styles.link}>
          <span aria-hidden="true">← </span>
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <p className={styles.where}>
        Page {page} of {pages}
      </p>
      {next ? (
        <Link to={next} rel="next" className={styles.link}>
          {labels.next}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
