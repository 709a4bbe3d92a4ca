import { Link } from "react-router";
import styles from "./ContinueReading.module.css";

type Props = {
  to: string;
  paragraph: number;
  paragraphs: number;
  /** In a list of stories, which one; on the story itself, not needed. */
  headline?: string | undefined;
};

export function ContinueReading({
  to,
  paragraph,
  paragraphs,
  headline,
}: Props) {
  return (
    <Link to={to} className={styles.link} data-print="hide">
      Continue where you left off
      {headline && <span className={styles.headline}>{headline}</span>}
      <span className={styles.where}>
        paragraph {paragraph} of {paragraphs}
      </span>
    </Link>
  );
}
