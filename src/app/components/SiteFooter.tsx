import { Link } from "react-router";
import { homePath, searchPath, topicsPath } from "../../content/paths.ts";
import styles from "./SiteFooter.module.css";

export function SiteFooter() {
  return (
    <footer className={styles.footer} data-print="hide">
      <div className={styles.inner}>
        <p>
          <strong>Dateline</strong> — the news, readable. Stories are wire copy,
          shown as written.
        </p>
        <nav aria-label="Footer">
          <ul className={styles.links}>
            <li>
              <Link to={homePath}>Front page</Link>
            </li>
            <li>
              <Link to={topicsPath}>All topics</Link>
            </li>
            <li>
              {/* Loads whole: only the search page's policy allows Pagefind's WebAssembly. */}
              <Link to={searchPath()} reloadDocument>
                Search stories
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
