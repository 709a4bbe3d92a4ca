import styles from "./OfflineIndicator.module.css";
import { useConnection } from "./useConnection.ts";

/**
 * A small note while the network is down. It says what still works rather
 * than what does not, and it never blocks the page: nothing to dismiss, and
 * it goes when the network comes back.
 */
export function OfflineIndicator() {
  const connection = useConnection();
  return (
    <p role="status" aria-label="Connection" className={styles.region}>
      {connection !== "online" && (
        <span className={styles.indicator}>
          <strong>Offline.</strong>{" "}
          {connection === "offline-readable"
            ? "Every story in this edition still opens."
            : "Pages you have not opened may not load."}
        </span>
      )}
    </p>
  );
}
