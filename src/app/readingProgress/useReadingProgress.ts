import { useEffect } from "react";
import { paragraphPosition } from "../../content/paths.ts";
import { reader } from "../reader/deferredReader.ts";

/**
 * Remembers where the reader is in a story: the paragraph that last crossed
 * into the top part of the screen. The store throttles the writes, so this
 * can report every change.
 */
export function useReadingProgress(slug: string): void {
  useEffect(() => {
    if (typeof IntersectionObserver === "undefined") return;
    const paragraphs = document.querySelectorAll<HTMLElement>("main p[id]");
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const position = paragraphPosition(entry.target.id);
          if (entry.isIntersecting && position !== undefined)
            void reader()
              .ready()
              .then((store) => store.recordProgress(slug, position));
        }
      },
      // The top 40% of the screen: where the eye is while reading on.
      { rootMargin: "0px 0px -60% 0px" },
    );
    for (const paragraph of paragraphs)
      if (paragraphPosition(paragraph.id) !== undefined)
        observer.observe(paragraph);
    return () => observer.disconnect();
  }, [slug]);
}
