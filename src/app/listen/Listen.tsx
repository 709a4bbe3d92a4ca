import {
  useEffect,
  useLayoutEffect,
  useRef,
  useSyncExternalStore,
  type RefObject,
} from "react";
import { paragraphAnchor } from "../../content/paths.ts";
import type { StoryToolProps } from "../readingTools/tools.ts";
import {
  attach,
  languageOf,
  listen,
  pause,
  playerState,
  resume,
  setSpeed,
  stop,
  subscribe,
} from "./player.ts";
import { asSpeed, SPEEDS, speedLabel } from "./speed.ts";
import styles from "./Listen.module.css";

/**
 * Listen, beside Share and Save: reads the story aloud. Once it plays, its
 * controls (Pause or Resume, Stop, Speed) sit in a bar at the bottom of the
 * window, next in the tab order, so they stay at hand wherever the reader
 * scrolls. Starting, pausing and stopping are said in a polite status
 * region; the paragraphs are not, so a screen reader is never talked over.
 */
export function Listen({ story }: StoryToolProps) {
  const state = useSyncExternalStore(subscribe, playerState, playerState);
  const self = useRef<HTMLDivElement>(null);
  const listenButton = useRef<HTMLButtonElement>(null);
  const pauseButton = useRef<HTMLButtonElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  /** Set by the Listen button: the controls take focus when they come. */
  const focusPause = useRef(false);
  /** Focus was last in the controls: when they go, it goes back to Listen. */
  const focusInBar = useRef(false);

  useEffect(() => attach(story), [story]);

  const playing = state.story === story && state.status !== "stopped";
  const position = playing ? state.position : 0;
  useMarkedParagraph(position, bar);

  // The Listen button gives way to the controls and comes back after them:
  // focus on the one that went moves to the one that came, not to the page.
  useLayoutEffect(() => {
    if (playing) {
      if (focusPause.current) {
        pauseButton.current?.focus();
        focusInBar.current = true;
      }
      focusPause.current = false;
      return;
    }
    const lost =
      document.activeElement === null ||
      document.activeElement === document.body;
    // Without scrolling: a reader who stops mid-story stays where they are.
    if (focusInBar.current && lost)
      listenButton.current?.focus({ preventScroll: true });
    focusInBar.current = false;
  }, [playing]);

  useEffect(() => {
    if (!playing) return;
    // Where focus moves while the controls are up. (A control removed while
    // focused, by Stop or the story's end, moves it nowhere: it was in the bar.)
    const track = (event: FocusEvent) => {
      focusInBar.current =
        event.target instanceof Node && !!bar.current?.contains(event.target);
    };
    document.addEventListener("focusin", track);
    return () => document.removeEventListener("focusin", track);
  }, [playing]);

  return (
    <div ref={self} className={styles.listen} data-print="hide">
      {playing ? (
        <div
          ref={bar}
          role="group"
          aria-label="Listening"
          className={styles.bar}
        >
          <span className={styles.where}>
            {position === 0
              ? "Headline"
              : `Paragraph ${position} of ${story.body.length}`}
          </span>
          <button
            ref={pauseButton}
            type="button"
            className={styles.button}
            onClick={state.status === "paused" ? resume : pause}
          >
            {state.status === "paused" ? "Resume" : "Pause"}
          </button>
          <button type="button" className={styles.button} onClick={stop}>
            Stop
          </button>
          <label className={styles.speed}>
            Speed
            <select
              className={styles.select}
              value={state.speed}
              onChange={(event) => {
                const speed = asSpeed(event.target.value);
                if (speed) setSpeed(speed);
              }}
            >
              {SPEEDS.map((speed) => (
                <option key={speed} value={speed}>
                  {speedLabel(speed)}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : (
        <button
          ref={listenButton}
          type="button"
          className={styles.button}
          onClick={() => {
            focusPause.current = true;
            listen(0, languageOf(self.current));
          }}
        >
          Listen
        </button>
      )}
      <p role="status" className="visually-hidden">
        {state.story === story ? state.announcement : ""}
      </p>
    </div>
  );
}

/**
 * Marks the paragraph being read (StoryBody.module.css draws it) and keeps
 * it in view above the bar: a paragraph already in full view stays put, one
 * that fits is centred, a longer one starts at the top. Without animation
 * for a reader who asked for less motion.
 */
function useMarkedParagraph(
  position: number,
  bar: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    if (position === 0) return;
    const paragraph = document.getElementById(paragraphAnchor(position));
    if (!paragraph) return;
    paragraph.setAttribute("data-listening", "");
    const { top, bottom, height } = paragraph.getBoundingClientRect();
    const end = bar.current?.getBoundingClientRect().top ?? window.innerHeight;
    if (top < 0 || bottom > end)
      paragraph.scrollIntoView({
        block: height < end * 0.8 ? "center" : "start",
        behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches
          ? "auto"
          : "smooth",
      });
    return () => paragraph.removeAttribute("data-listening");
  }, [position, bar]);
}
