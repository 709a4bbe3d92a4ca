import { useMatches } from "react-router";
import type { Section } from "./components/Masthead.tsx";

/**
 * Only a route whose loader succeeded counts: the one not-found page is
 * served at every unknown URL, so it must highlight no section.
 */
export function useCurrentSection(): Section | undefined {
  const match = useMatches().findLast(
    (m) => m.data !== undefined && isSectionHandle(m.handle),
  );
  return isSectionHandle(match?.handle) ? match.handle.section : undefined;
}

export type SectionHandle = { section: Section };

function isSectionHandle(handle: unknown): handle is SectionHandle {
  return typeof handle === "object" && handle !== null && "section" in handle;
}
