import { Link } from "react-router";
import {
  homePath,
  savedPath,
  searchPath,
  topicsPath,
} from "../../content/paths.ts";
import { Suspense } from "react";
import { adopted } from "../adopted.ts";
import styles from "./Masthead.module.css";

// Not in any page's first download: see adopted.ts.
const TextSettings = adopted(
  "TextSettings",
  async () => (await import("./TextSettings.tsx")).TextSettings,
);
// One element for every render: a boundary still waiting for its code to
// hydrate must not be handed a new one (the saved count changes as the page
// starts), or React draws it afresh instead of adopting it.
const textSettings = (
  <Suspense fallback={null}>
    <TextSettings />
  </Suspense>
);

export type Section = "front" | "topics" | "search" | "saved";

type Props = {
  /** The section the page belongs to, if it loaded; a not-found page belongs to none. */
  current: Section | undefined;
  /** How many stories this device has saved; known only in the browser. */
  savedCount: number;
};

const sections: { section: Section; label: string; path: string }[] = [
  { section: "front", label: "Front page", path: homePath },
  { section: "topics", label: "Topics", path: topicsPath },
  { section: "search", label: "Search", path: searchPath() },
  { section: "saved", label: "Saved", path: savedPath },
];

export function Masthead({ current, savedCount }: Props) {
  return (
    <header className={styles.masthead} data-print="hide">
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
                  // Search loads whole: only its page's policy allows Pagefind's WebAssembly.
                  reloadDocument={section === "search"}
                >
                  {label}
                  {section === "saved" && savedCount > 0 && (
                    // Read as "Saved (2 stories)"; seen as "Saved" and a badge.
                    <>
                      <span className="visually-hidden">
                        {` (${savedCount} ${savedCount === 1 ? "story" : "stories"})`}
                      </span>
                      <span className={styles.count} aria-hidden="true">
                        {savedCount}
                      </span>
                    </>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {textSettings}
      </div>
    </header>
  );
}
