/**
 * The one player a page has: what is being read and how, shared by the
 * header's Listen control and every paragraph's "Listen from here", which
 * read it through useSyncExternalStore. It speaks one utterance at a time
 * (the headline, then each paragraph), so it always knows the paragraph
 * being read and a change of speed applies from the next one.
 */
import type { FullStory } from "../../content/story.ts";
import { reader } from "../reader/deferredReader.ts";
import { chooseVoice } from "./chooseVoice.ts";
import { plainText } from "./plainText.ts";
import { storedSpeed, storeSpeed, type Speed } from "./speed.ts";

export type PlayerState = {
  /** The story on the page, once its Listen control is there. */
  readonly story: FullStory | undefined;
  readonly status: "stopped" | "playing" | "paused";
  /** 0 while the headline is read, then the paragraph's position (1-based). */
  readonly position: number;
  readonly speed: Speed;
  /** What the status region says: starting, pausing, resuming and stopping only. */
  readonly announcement: string;
};

let state: PlayerState = {
  story: undefined,
  status: "stopped",
  position: 0,
  speed: storedSpeed(),
  announcement: "",
};
const listeners = new Set<() => void>();
/** Which language the story is in, from the page (see languageOf). */
let language = "en";
/**
 * The utterance being spoken. Held so that it is not garbage-collected
 * mid-speech (Chrome then never ends it), and so that events from one the
 * player has let go of (a Stop, a jump) are told apart and ignored.
 */
let current: SpeechSynthesisUtterance | undefined;

function update(change: Partial<PlayerState>): void {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

/** @example useSyncExternalStore(subscribe, playerState, playerState) */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function playerState(): PlayerState {
  return state;
}

/**
 * The language of the text around `element`: its closest `lang`, as a
 * browser reads it, and English where the page names none.
 *
 * @example listen(0, languageOf(button))
 */
export function languageOf(element: Element | null): string {
  return element?.closest("[lang]")?.getAttribute("lang") || "en";
}

/** Ends what is being spoken, and what is queued after it. */
function silence(): void {
  current = undefined;
  speechSynthesis.cancel();
  // cancel() leaves a paused engine paused (as the spec says), and a paused
  // engine speaks nothing new until resumed.
  if (speechSynthesis.paused) speechSynthesis.resume();
}

function finish(announcement: string): void {
  current = undefined;
  update({ status: "stopped", position: 0, announcement });
}

function speakAt(position: number): void {
  const { story } = state;
  if (!story) return;
  const paragraph = story.body[position - 1];
  if (position > 0 && !paragraph) {
    finish("Finished");
    return;
  }
  const utterance = new SpeechSynthesisUtterance(
    paragraph ? plainText(paragraph.inlines) : story.headline,
  );
  utterance.lang = language;
  utterance.rate = state.speed;
  const voice = chooseVoice(speechSynthesis.getVoices(), language);
  if (voice) utterance.voice = voice;
  utterance.onend = () => {
    if (utterance === current) speakAt(position + 1);
  };
  utterance.onerror = () => {
    // Interrupted or canceled by the player itself: already let go of. By
    // anything else (another page speaking, an engine that cannot go on):
    // never on to the next paragraph, but stopped, so the controls say so.
    // A pause some engines make into a cancel (Android) is picked up by Resume.
    if (utterance !== current || state.status === "paused") return;
    finish("Stopped");
  };
  current = utterance;
  update({ status: "playing", position });
  if (paragraph)
    void reader()
      .ready()
      .then((store) => store.recordProgress(story.slug, position));
  speechSynthesis.speak(utterance);
}

/**
 * Reads the page's story from `position` (0, the headline, or a paragraph's
 * 1-based position) to its end, in a voice for `lang`.
 *
 * @example listen(3, languageOf(button)) // "Listen from paragraph 3"
 */
export function listen(position: number, lang: string): void {
  const { story } = state;
  if (!story) return;
  language = lang;
  silence();
  update({
    announcement:
      position === 0
        ? `Listening: ${story.headline}`
        : `Listening from paragraph ${position}`,
  });
  speakAt(position);
}

export function pause(): void {
  if (state.status !== "playing") return;
  speechSynthesis.pause();
  update({ status: "paused", announcement: "Paused" });
}

export function resume(): void {
  if (state.status !== "paused") return;
  update({ status: "playing", announcement: "Listening" });
  if (speechSynthesis.speaking || speechSynthesis.pending)
    speechSynthesis.resume();
  // The engine dropped the paused paragraph: read it again from its start.
  else speakAt(state.position);
}

export function stop(): void {
  if (state.status === "stopped") return;
  silence();
  finish("Stopped");
}

/** From the next paragraph on, and next time too. */
export function setSpeed(speed: Speed): void {
  storeSpeed(speed);
  update({ speed });
}

/**
 * Makes `story` the one the player reads. A story left (another page, another
 * story, the tab closed) is never read on.
 *
 * @example useEffect(() => attach(story), [story])
 */
export function attach(story: FullStory): () => void {
  stop();
  update({ story, announcement: "" });
  const leave = () => stop();
  window.addEventListener("pagehide", leave);
  return () => {
    window.removeEventListener("pagehide", leave);
    if (state.story !== story) return;
    stop();
    update({ story: undefined, announcement: "" });
  };
}
