import styles from "./SkipLink.module.css";

type Props = { target: string };

export function SkipLink({ target }: Props) {
  return (
    <a className={styles.skip} href={`#${target}`} data-print="hide">
      Skip to content
    </a>
  );
}
