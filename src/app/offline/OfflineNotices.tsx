import { OfflineIndicator } from "./OfflineIndicator.tsx";
import styles from "./OfflineNotices.module.css";
import { UpdatePrompt } from "./UpdatePrompt.tsx";

/**
 * Where the offline note and the update prompt appear: together in the
 * bottom corner of the window, beside the story's column on a wide screen,
 * and below the footer once the reader reaches the end of the page.
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
