import type { ReactNode } from "react";
import styles from "./PageSection.module.css";

type Props = {
  /** Unique on the page: names the section for screen readers through its heading. */
  id: string;
  title: string;
  children: ReactNode;
};

export function PageSection({ id, title, children }: Props) {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.title}>
        {title}
      </h2>
      {children}
    </section>
  );
}
