import type { Ref } from "react";
import { shortcuts } from "./startShortcuts.ts";
import styles from "./ShortcutsHelp.module.css";

type Props = {
  /** The <dialog>, which its opener shows as a modal (showShortcutsHelp.tsx). */
  ref: Ref<HTMLDialogElement>;
  onClose: () => void;
};

/** Every shortcut and what it does, and how to turn them off. */
export function ShortcutsHelp({ ref, onClose }: Props) {
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby="shortcuts-title"
      data-print="hide"
    >
      <h2 id="shortcuts-title" className={styles.title}>
        Keyboard shortcuts
      </h2>
      <dl className={styles.keys}>
        {[...shortcuts].map(([key, { does }]) => (
          <div key={key} className={styles.key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.note}>
        They do nothing while you type in a field. To turn them off, open Text
        settings at the top of the page and set Single-key shortcuts to Off.
      </p>
      <button type="button" className={styles.close} onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
