import { useEffect, useRef, useState } from "react";
import type { ShareOutcome } from "../sharing/shareLink.ts";
import styles from "./ShareButton.module.css";

type Props = {
  /** The page's canonical URL: clean, with nothing added to track who shared it. */
  url: string;
  title: string;
};

export function ShareButton({ url, title }: Props) {
  const [outcome, setOutcome] = useState<ShareOutcome | undefined>();
  const email = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    if (outcome?.kind === "email") email.current?.focus();
    if (outcome?.kind !== "copied") return;
    const clear = setTimeout(() => setOutcome(undefined), 5000);
    return () => clearTimeout(clear);
  }, [outcome]);

  return (
    <div className={styles.share} data-needs-js="" data-print="hide">
      <button
        type="button"
        className={styles.button}
        onClick={() =>
          // Loaded on the first press, not with the page: the share sheet
          // still counts the press as its gesture (a fetch from the cache
          // takes milliseconds; a press stays usable for seconds).
          void import("../sharing/shareLink.ts")
            .then(({ shareLink }) => shareLink({ url, title }))
            .then(setOutcome)
        }
      >
        Share
      </button>
      <span role="status" className={styles.status}>
        {outcome?.kind === "copied" && "Link copied"}
      </span>
      {outcome?.kind === "email" && (
        <a ref={email} href={outcome.href} className={styles.email}>
          Email the link
        </a>
      )}
    </div>
  );
}
