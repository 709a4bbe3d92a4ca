import type { ReactNode } from "react";
import { Link } from "react-router";
import { leavesSite } from "../site.ts";
import styles from "./StoryLink.module.css";

type Props = { href: string | undefined; children: ReactNode };

/**
 * A link to another site says so, in sight (↗) and in its name, so no reader
 * leaves without knowing. An unknown target stays plain text: a link that goes
 * nowhere is worse than none.
 */
export function StoryLink({ href, children }: Props) {
  if (href === undefined) return <>{children}</>;
  if (href.startsWith("/")) return <Link to={href}>{children}</Link>;
  if (!leavesSite(href))
    return (
      <a href={href} rel="noopener noreferrer">
        {children}
      </a>
    );
  // The space sits outside the spans, so the eye and the accessible name both get it.
  return (
    <a href={href} rel="noopener noreferrer">
      {children}{" "}
      <span aria-hidden="true" className={styles.mark}>
        ↗
      </span>
      <span className="visually-hidden">(external site)</span>
    </a>
  );
}
