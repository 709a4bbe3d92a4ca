import { useSyncExternalStore } from "react";
import { offlineCopies, type OfflineCopy } from "./offlineCopies.ts";
import styles from "./OfflineCopyNote.module.css";

const NOTES: Record<OfflineCopy, string> = {
  kept: "Kept for reading offline",
  keeping: "Keeping for reading offline…",
  waiting: "Will be kept for reading offline once you're back online",
  failed: "Could not be kept for reading offline",
};

type Props = { slug: string };

/** Under a saved story on the Saved page: whether this device keeps it for offline. */
export function OfflineCopyNote({ slug }: Props) {
  const copies = offlineCopies();
  const { unsupported, copies: kept } = useSyncExternalStore(
    copies.subscribe,
    copies.getSnapshot,
    copies.getSnapshot,
  );
  return (
    <p className={styles.note}>
      {unsupported
        ? "Not kept for reading offline: this browser can't keep stories"
        : NOTES[kept.get(slug) ?? "keeping"]}
    </p>
  );
}
