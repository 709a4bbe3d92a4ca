import styles from "./ReadingSettings.module.css";

/**
 * The "Text settings" button as the pre-render and hydration draw it, before
 * its code has loaded (TextSettings.tsx): the same markup, closed. A reader
 * who reached it with the keyboard keeps focus when the real one takes
 * over, and one who pressed it finds the panel open.
 */
export function SettingsPlaceholder({
  onFocusChange,
  onOpen,
}: {
  onFocusChange?: (focused: boolean) => void;
  onOpen?: () => void;
}) {
  return (
    <div
      className={styles.settings}
      data-needs-js=""
      data-print="hide"
      data-testid="reading-settings"
    >
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={false}
        onFocus={() => onFocusChange?.(true)}
        onClick={() => onOpen?.()}
        // Removed while focused, it blurs with nowhere to go: that focus is taken over.
        onBlur={(event) => {
          if (event.relatedTarget) onFocusChange?.(false);
        }}
      >
        Text settings
      </button>
    </div>
  );
}
