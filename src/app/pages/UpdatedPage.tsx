import { DocumentHead } from "../components/DocumentHead.tsx";
import buttons from "../styles/buttons.module.css";
import styles from "./Page.module.css";

/**
 * In place of a page whose code belongs to a newer version of Dateline than
 * the one running in this tab (see missingCode.ts). The address is already
 * the page the reader asked for, so a reload lands there, in the new version.
 */
export function UpdatedPage() {
  return (
    <div className={styles.page}>
      <DocumentHead
        title="New version: reload"
        description="A new version of Dateline is out; reload to go on."
        noindex
      />
      <h1 tabIndex={-1} className={styles.title}>
        Dateline was updated — reload to go on
      </h1>
      <p className={styles.lede}>
        A new version of Dateline came out while this tab was open, and this
        page needs it. Reloading takes you to the page you asked for.
      </p>
      <p>
        <button
          type="button"
          className={buttons.pill}
          onClick={() => window.location.reload()}
        >
          Reload
        </button>
      </p>
    </div>
  );
}
