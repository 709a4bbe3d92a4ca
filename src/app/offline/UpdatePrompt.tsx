import { lazy, Suspense, useState, useSyncExternalStore } from "react";
import styles from "./UpdatePrompt.module.css";
import { subscribeToUpdates, updateOffered } from "./updates.ts";

const UpdateOffer = lazy(() =>
  import("./UpdateOffer.tsx").then((module) => ({
    default: module.UpdateOffer,
  })),
);

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
  // The region is always in the page, so what appears in it is announced.
  return (
    <div role="status" aria-label="New version" className={styles.region}>
      {offered && !dismissed && (
        <Suspense fallback={null}>
          <UpdateOffer onDismiss={() => setDismissed(true)} />
        </Suspense>
      )}
    </div>
  );
}
