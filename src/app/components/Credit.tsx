import type { Credit as CreditData } from "../../content/story.ts";
import styles from "./Credit.module.css";

type Props = { credit: CreditData };

export function Credit({ credit }: Props) {
  return (
    <p className={styles.credit}>
      <em>
        {credit.role}: {credit.organization}
      </em>
    </p>
  );
}
