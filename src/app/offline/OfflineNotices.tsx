import { OfflineIndicator } from "./OfflineIndicator.tsx";
import styles from "./OfflineNotices.module.css";
import { UpdatePrompt } from "./UpdatePrompt.tsx";

/** Both are live regions, so they stay in the page, empty, until needed. */
export function OfflineNotices() {
  return (
    <div className={styles.notices} data-print="hide">
      <OfflineIndicator />
      <UpdatePrompt />
    </div>
  );
}
