import { useEffect } from "react";
import { reader } from "./deferredReader.ts";

/** A paragraph's position from its id (see StoryBody's paragraphId). */
const POSITION = /^p-(\d+)$/;

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
          const position = POSITION.exec(entry.target.id)?.[1];
          if (entry.isIntersecting && position)
            void reader()
              .ready()
              .then((store) => store.recordProgress(slug, Number(position)));
        }
      },
      // The top 40% of the screen: where the eye is while reading on.
      { rootMargin: "0px 0px -60% 0px" },
    );
    for (const paragraph of paragraphs)
      if (POSITION.test(paragraph.id)) observer.observe(paragraph);
    return () => observer.disconnect();
  }, [slug]);
}
