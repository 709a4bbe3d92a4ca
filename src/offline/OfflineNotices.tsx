import { OfflineIndicator } from "./OfflineIndicator.tsx";
import styles from "./OfflineNotices.module.css";
import { UpdatePrompt } from "./UpdatePrompt.tsx";

/**
 * Where the offline note and the update prompt appear: together at the
 * bottom of the window, over the page's margin, out of the reader's way.
 * Both are live regions, so they stay in the page, empty, until needed.
 */
export function OfflineNotices() {
  return (
    <div className={styles.notices} data-print="hide">
      <OfflineIndicator />
      <UpdatePrompt />
    </div>
  );
}
