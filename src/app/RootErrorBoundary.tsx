import { basePath } from "./site.ts";
import styles from "./AppShell.module.css";

/**
 * Shown only if the frame around every page itself fails. It uses nothing
 * that could have failed with it: plain links and a reload start the app from scratch.
 */
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
