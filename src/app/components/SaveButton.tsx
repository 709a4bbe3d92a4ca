import styles from "./SaveButton.module.css";

type Props = {
  saved: boolean;
  onToggle: () => void;
  /** What is being saved, for screen readers in a list of many Save buttons. */
  headline: string;
};

/** A toggle button keeps its name ("Save …"); aria-pressed says whether it is saved. */
export function SaveButton({ saved, onToggle, headline }: Props) {
  return (
    <button
      type="button"
      className={styles.button}
      aria-pressed={saved}
      onClick={onToggle}
      data-needs-js=""
      data-print="hide"
    >
      <span aria-hidden="true">{saved ? "Saved" : "Save"}</span>
      <span className="visually-hidden">Save “{headline}”</span>
    </button>
  );
}
