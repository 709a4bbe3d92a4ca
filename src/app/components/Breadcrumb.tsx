import { Link } from "react-router";
import styles from "./Breadcrumb.module.css";

type Props = {
  /** From the front page down; the last step is the page itself. */
  steps: { name: string; path: string }[];
};

/** The way up from an archive page, as the WAI-ARIA breadcrumb pattern has it. */
export function Breadcrumb({ steps }: Props) {
  return (
    <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
      <ol className={styles.steps}>
        {steps.map((step, i) => {
          const here = i === steps.length - 1;
          return (
            <li key={step.path}>
              {i > 0 && (
                <span aria-hidden="true" className={styles.separator}>
                  ›
                </span>
              )}
              <Link to={step.path} aria-current={here ? "page" : undefined}>
                {step.name}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
