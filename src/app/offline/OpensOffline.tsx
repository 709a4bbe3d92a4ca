import { useEffect, useSyncExternalStore } from "react";
import { offlineCheck } from "./offlineCheck.ts";
import styles from "./OpensOffline.module.css";

type Props = { slug: string; path: string };

/** Says in words, for eyes and screen readers alike, whether a story opens offline. */
export function OpensOffline({ slug, path }: Props) {
  const check = offlineCheck();
  const opens = useSyncExternalStore(
    check.subscribe,
    () => check.opens(slug),
    () => undefined,
  );
  useEffect(() => check.check(slug, path), [check, slug, path]);
  if (opens === undefined) return null;
  return (
    <span className={styles.mark} data-opens={opens}>
      {opens ? "Available offline" : "Needs a connection"}
    </span>
  );
}
