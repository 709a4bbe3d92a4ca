/** What choosing needs of a voice, so tests can pass plain objects. */
export type VoiceFacts = Pick<
  SpeechSynthesisVoice,
  "lang" | "default" | "localService"
>;

/** Voices' tags as browsers give them: "en-US", and on Android "en_US". */
function languageTag(lang: string): string {
  return lang.trim().toLowerCase().replaceAll("_", "-");
}

/**
 * The voice to read a text in `lang` (a BCP 47 tag such as "en" or "en-GB"):
 * one whose language is that language, the same region first, then one the
 * device speaks itself (a network voice needs a connection, and Chrome's stop
 * after about 15 seconds), then the browser's default. Undefined when no
 * voice speaks the language: better silence than a French voice reading English.
 *
 * @example chooseVoice(speechSynthesis.getVoices(), "en")?.name
 */
export function chooseVoice<Voice extends VoiceFacts>(
  voices: readonly Voice[],
  lang: string,
): Voice | undefined {
  const wanted = languageTag(lang) || "en";
  const [primary = wanted] = wanted.split("-");
  let best: Voice | undefined;
  let bestScore = -1;
  for (const voice of voices) {
    const own = languageTag(voice.lang);
    if (own !== primary && !own.startsWith(`${primary}-`)) continue;
    const score =
      (own === wanted ? 4 : 0) +
      (voice.localService ? 2 : 0) +
      (voice.default ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}
