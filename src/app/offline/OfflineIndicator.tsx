import styles from "./OfflineIndicator.module.css";
import { useConnection } from "./useConnection.ts";

/** Says what still works, not what does not, and never blocks the page. */
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
