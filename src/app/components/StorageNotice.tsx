import styles from "./StorageNotice.module.css";

type Props = { message: string };

/** Why saving is not working on this device, said once, plainly, above the page. */
export function StorageNotice({ message }: Props) {
  return (
    <p role="status" className={styles.notice} data-print="hide">
      {message}
    </p>
  );
}
