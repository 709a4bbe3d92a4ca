import type { Tools } from "../readingTools/tools.ts";
import { chooseVoice } from "./chooseVoice.ts";

/** How long to wait for voices a browser lists late (Chrome, after `voiceschanged`). */
const VOICES_WAIT_MS = 1500;

/** The voices, once the browser has listed some, or none after `waitMs`. */
function listedVoices(
  synthesis: SpeechSynthesis,
  waitMs: number,
): Promise<SpeechSynthesisVoice[]> {
  const now = synthesis.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synthesis.removeEventListener("voiceschanged", done);
      resolve(synthesis.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synthesis.addEventListener("voiceschanged", done);
  });
}

/**
 * Listen and Listen from here, or nothing where the browser cannot speak or
 * has no voice in the page's language: no control is better than one that
 * fails or reads English in a French voice. The controls' code loads only
 * once a voice is found.
 *
 * @example const tools = await listenTools(); if (tools) provideTools(tools);
 */
export async function listenTools(): Promise<
  Pick<Tools, "listen" | "listenFrom"> | undefined
> {
  const synthesis: SpeechSynthesis | undefined = Reflect.get(
    window,
    "speechSynthesis",
  );
  if (
    !synthesis ||
    typeof Reflect.get(window, "SpeechSynthesisUtterance") !== "function"
  )
    return undefined;
  const voices = await listedVoices(synthesis, VOICES_WAIT_MS);
  if (!chooseVoice(voices, document.documentElement.lang)) return undefined;
  const [{ Listen }, { ListenFrom }] = await Promise.all([
    import("./Listen.tsx"),
    import("./ListenFrom.tsx"),
  ]);
  return { listen: Listen, listenFrom: ListenFrom };
}
