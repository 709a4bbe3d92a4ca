import { Link } from "react-router";
import styles from "./TopicLinks.module.css";

export type TopicLink = { name: string; path: string };

type Props = { topics: TopicLink[] };

export function TopicLinks({ topics }: Props) {
  return (
    <nav aria-label="Topics" className={styles.topics}>
      <h2 className={styles.heading}>Topics</h2>
      <ul className={styles.list}>
        {topics.map((topic) => (
          <li key={topic.path}>
            <Link to={topic.path} className={styles.topic}>
              {topic.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
