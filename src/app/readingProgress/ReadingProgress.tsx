import { useEffect, useRef, useState } from "react";
import { useLoaderData } from "react-router";
import type { storyLoader } from "../pages/StoryPage.tsx";
import type { StoryToolProps } from "../readingTools/tools.ts";
import { minutesLeft } from "./minutesLeft.ts";
import { readThrough } from "./readThrough.ts";
import { useReadingProgress } from "./useReadingProgress.ts";
import styles from "./ReadingProgress.module.css";

/** A story's paragraphs, with their p-N anchors (StoryBody.tsx). */
const PARAGRAPHS = 'main article p[id^="p-"]';

/**
 * How far the reader is through the story's text: a slim bar along the top
 * of the window and, where there is room beside the text, the minutes left.
 * Both are for the eye only: the header already states the reading time, and
 * a screen reader should not hear it tick. Also remembers the reader's place
 * for "continue reading".
 */
export function ReadingProgress({ story }: StoryToolProps) {
  useReadingProgress(story.slug);
  const bar = useRef<HTMLDivElement>(null);
  const note = useRef<HTMLParagraphElement>(null);
  // The header's words for the whole story, which the minutes left scale down.
  const { readingTime } = useLoaderData<typeof storyLoader>();
  const [left, setLeft] = useState("");

  useEffect(() => {
    const paragraphs = document.querySelectorAll<HTMLElement>(PARAGRAPHS);
    const first = paragraphs[0];
    const last = paragraphs[paragraphs.length - 1];
    const article = first?.closest("article");
    const layout = article?.parentElement;
    if (!first || !last || !article || !layout) return;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);

    let frame = 0;
    const draw = () => {
      frame = 0;
      // Every read, then every write: one layout a frame at most.
      const top = first.getBoundingClientRect().top;
      const text = last.getBoundingClientRect();
      const end = layout.getBoundingClientRect().right;
      const sidebar = article.nextElementSibling?.getBoundingClientRect();
      const share = readThrough(top, text.bottom, window.innerHeight);

      // The note takes the top of the column beside the text: the sidebar's
      // once the sidebar has scrolled away above it, or the empty one of a
      // story without one. On a phone the text is the page's width: no room.
      const beside = sidebar !== undefined && sidebar.left >= text.right;
      const start = beside ? sidebar.left : text.right + 3 * rem;
      const free = !beside || sidebar.bottom < 3 * rem;
      const shown = share > 0 && share < 1 && free && end - start >= 6 * rem;

      bar.current?.style.setProperty("transform", `scaleX(${share})`);
      if (note.current) {
        note.current.dataset["shown"] = String(shown);
        note.current.style.setProperty("left", `${start}px`);
      }
      setLeft(minutesLeft(readingTime, 1 - share));
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(draw);
    };
    schedule();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule, { passive: true });
    // Text size and line width change the text's length without a scroll.
    const resized = new ResizeObserver(schedule);
    resized.observe(article);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      resized.disconnect();
    };
  }, [story.slug, readingTime]);

  return (
    <>
      <div
        ref={bar}
        className={styles.bar}
        aria-hidden="true"
        data-print="hide"
        data-reading-progress=""
      />
      <p
        ref={note}
        className={styles.note}
        aria-hidden="true"
        data-print="hide"
        data-shown="false"
      >
        {left}
      </p>
    </>
  );
}
