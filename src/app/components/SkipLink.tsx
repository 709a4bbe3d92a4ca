import styles from "./SkipLink.module.css";

type Props = { target: string };

/** The first stop for keyboard users: straight past the masthead to the page itself. */
export function SkipLink({ target }: Props) {
  return (
    <a className={styles.skip} href={`#${target}`} data-print="hide">
      Skip to content
    </a>
  );
}
