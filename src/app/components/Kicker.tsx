import type { ReactNode } from "react";
import styles from "./Kicker.module.css";

type Props = { children: ReactNode };

/** The small label above a headline: a story's section, or what kind of page this is. */
export function Kicker({ children }: Props) {
  return <p className={styles.kicker}>{children}</p>;
}
