import styles from "./OfflineIndicator.module.css";
import { useOfflineParts } from "./offlineParts.ts";
import { useConnection } from "./useConnection.ts";

/** Says what still works, not what does not, and never blocks the page. */
export function OfflineIndicator() {
  const connection = useConnection();
  // On every page, so what offline needs is here before a link needs it.
  useOfflineParts();
  return (
    <p role="status" aria-label="Connection" className={styles.region}>
      {connection !== "online" && (
        <span className={styles.indicator}>
          <strong>Offline.</strong>{" "}
          {connection === "offline-readable"
            ? "Stories kept on this device still open."
            : "Pages you have not opened may not load."}
        </span>
      )}
    </p>
  );
}
