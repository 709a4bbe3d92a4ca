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
};

export function Pagination({ page, pages, previous, next }: Props) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className={styles.pagination}>
      {previous ? (
        <Link to={previous} rel="prev" className={styles.link}>
          <span aria-hidden="true">← </span>Newer stories
        </Link>
      ) : (
        <span />
      )}
      <p className={styles.where}>
        Page {page} of {pages}
      </p>
      {next ? (
        <Link to={next} rel="next" className={styles.link}>
          Older stories<span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
