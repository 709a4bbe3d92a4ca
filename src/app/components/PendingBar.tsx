import { useNavigation } from "react-router";
import styles from "./PendingBar.module.css";

/** A thin bar along the top while the next page loads (announced by NavigationAnnouncer). */
export function PendingBar() {
  const navigation = useNavigation();
  return (
    <div
      className={styles.bar}
      data-print="hide"
      data-pending={navigation.state !== "idle"}
      data-testid="pending-bar"
      aria-hidden="true"
    />
  );
}
