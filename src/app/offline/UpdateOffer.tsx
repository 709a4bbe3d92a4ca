import { useState } from "react";
import buttons from "../styles/buttons.module.css";
import styles from "./UpdatePrompt.module.css";
import { acceptUpdate } from "./updates.ts";

type Props = { onDismiss: () => void };

/**
 * The offer itself, loaded only once a new version is waiting: most visits
 * see none, so no page's first download carries it. The old version's
 * service worker, still in charge, serves this chunk from its precache.
 */
export function UpdateOffer({ onDismiss }: Props) {
  const [reloading, setReloading] = useState(false);
  return (
    <div className={styles.prompt}>
      <p className={styles.message}>
        {reloading ? "Reloading…" : "A new version of Dateline is available."}
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
        <button type="button" className={buttons.pill} onClick={onDismiss}>
          Not now
        </button>
      </div>
    </div>
  );
}
