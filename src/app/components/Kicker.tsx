import type { ReactNode } from "react";
import { Link } from "react-router";
import styles from "./Kicker.module.css";

type Props = {
  children: ReactNode;
  /** Where the label leads: a story's section front. */
  to?: string | undefined;
};

/** The small label above a headline: a story's section, or what kind of page this is. */
export function Kicker({ children, to }: Props) {
  return (
    <p className={styles.kicker}>
      {to === undefined ? children : <Link to={to}>{children}</Link>}
    </p>
  );
}
