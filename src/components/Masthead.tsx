import { Link } from "react-router";
import { homePath, searchPath, topicsPath } from "../paths.ts";
import styles from "./Masthead.module.css";

export type Section = "front" | "topics" | "search";

type Props = {
  /** The section the page belongs to, if it loaded; a not-found page belongs to none. */
  current: Section | undefined;
};

const sections: { section: Section; label: string; path: string }[] = [
  { section: "front", label: "Front page", path: homePath },
  { section: "topics", label: "Topics", path: topicsPath },
  { section: "search", label: "Search", path: searchPath() },
];

/** The site's name and its sections, on every page. */
export function Masthead({ current }: Props) {
  return (
    <header className={styles.masthead}>
      <div className={styles.inner}>
        <Link to={homePath} className={styles.name}>
          Dateline
        </Link>
        <nav aria-label="Sections" className={styles.nav}>
          <ul>
            {sections.map(({ section, label, path }) => (
              <li key={section}>
                <Link
                  to={path}
                  aria-current={section === current ? "page" : undefined}
                >
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
