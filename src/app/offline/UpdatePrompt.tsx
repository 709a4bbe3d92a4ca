import { useState, useSyncExternalStore } from "react";
import buttons from "../styles/buttons.module.css";
import styles from "./UpdatePrompt.module.css";
import { acceptUpdate, subscribeToUpdates, updateOffered } from "./updates.ts";

/**
 * Never takes focus nor reloads by itself: a reader mid-story can finish
 * first, or say "Not now" and be asked again on their next visit.
 */
export function UpdatePrompt() {
  const offered = useSyncExternalStore(
    subscribeToUpdates,
    updateOffered,
    // The pre-rendered page knows of no update.
    () => false,
  );
  const [dismissed, setDismissed] = useState(false);
  const [reloading, setReloading] = useState(false);
  const shown = offered && !dismissed;
  return (
    <div role="status" aria-label="New version" className={styles.region}>
      {shown && (
        <div className={styles.prompt}>
          <p className={styles.message}>
            {reloading
              ? "Reloading…"
              : "A new version of Dateline is available."}
          </p>
          <div className={styles.actions}>
            <button
              type="button"
              className={`${buttons.pill} ${styles.reload}`}
              aria-disabled={reloading}
              onClick={() => {
                if (reloading) return;
                setReloading(true);
                acceptUpdate();
              }}
            >
              Reload
            </button>
            <button
              type="button"
              className={buttons.pill}
              onClick={() => setDismissed(true)}
            >
              Not now
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
