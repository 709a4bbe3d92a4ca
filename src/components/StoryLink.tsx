import type { ReactNode } from "react";
import { Link } from "react-router";

type Props = { href: string | undefined; children: ReactNode };

/**
 * A link inside story text. Site paths navigate in the app; other addresses
 * open as ordinary links that pass on no referrer; a link whose target is
 * unknown stays plain text, because a link that goes nowhere is worse than none.
 */
export function StoryLink({ href, children }: Props) {
  if (href === undefined) return <>{children}</>;
  if (href.startsWith("/")) return <Link to={href}>{children}</Link>;
  return (
    <a href={href} rel="noopener noreferrer">
      {children}
    </a>
  );
}
