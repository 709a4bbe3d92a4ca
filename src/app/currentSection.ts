import { useMatches } from "react-router";
import type { Section } from "./components/Masthead.tsx";

/**
 * The masthead section of the page on screen, from the route table's
 * `handle`. Only a route whose loader succeeded counts: the one pre-rendered
 * not-found page is served at every unknown URL, so it must highlight no
 * section, whichever route the URL happened to match.
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
