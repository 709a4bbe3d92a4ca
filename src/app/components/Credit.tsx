import type { StoryCredit } from "../../content/story.ts";
import styles from "./Credit.module.css";

type Props = { credit: StoryCredit };

export function Credit({ credit }: Props) {
  return (
    <p className={styles.credit}>
      <em>
        {credit.role}: {credit.organization}
      </em>
    </p>
  );
}
