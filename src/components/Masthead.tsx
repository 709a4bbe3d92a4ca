import { Link, NavLink } from "react-router";
import { homePath, searchPath, topicsPath } from "../paths.ts";
import styles from "./Masthead.module.css";

/** The site's name and its sections, on every page. */
export function Masthead() {
  return (
    <header className={styles.masthead}>
      <div className={styles.inner}>
        <Link to={homePath} className={styles.name}>
          Dateline
        </Link>
        <nav aria-label="Sections" className={styles.nav}>
          <ul>
            <li>
              <NavLink to={homePath} end>
                Front page
              </NavLink>
            </li>
            <li>
              <NavLink to={topicsPath}>Topics</NavLink>
            </li>
            <li>
              <NavLink to={searchPath()}>Search</NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
