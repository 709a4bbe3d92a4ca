import { basePath } from "./site.ts";
import styles from "./AppShell.module.css";

/** Uses nothing that could have failed with the frame: a plain link and a reload. */
export function RootErrorBoundary() {
  return (
    <main id="main" className={styles.main}>
      <title>Something went wrong — Dateline</title>
      <h1>Something went wrong</h1>
      <p>
        Dateline could not show this page. Reload it, or go to the{" "}
        <a href={basePath}>front page</a>.
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </main>
  );
}
