/** A list is not a record, though `typeof` says "object". @example isRecord([]) === false */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The form only; isCalendarDate checks the day exists. */
export const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** @example isCalendarDate("2016-02-29") === true && isCalendarDate("2018-02-31") === false */
export function isCalendarDate(text: string): boolean {
  const match = DATE_FORM.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [
    number,
    number,
    number,
  ];
  // `Date` rolls 2018-02-31 over to March 3, so only a day that reads back the same exists.
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

// C0 (but tab and line endings), DEL, C1 and U+FFFD: signs of a binary or mis-decoded file,
// and some terminals and browsers act on the controls.
export const CONTROL_CHARACTER =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/u;

/** @example codePoint("\u0007") === "U+0007" */
export function codePoint(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Stories older than this are not news this site carries; an earlier year is
 * a typing slip (0000, 0218). The latest is the build (or import) day.
 */
export const EARLIEST_YEAR = 1800;

/**
 * Characters that change how text displays without showing themselves: the
 * bidirectional embeddings, overrides and isolates (U+202A–202E,
 * U+2066–2069) can make "gnp.exe" read "exe.png", and zero-width ones hide
 * inside words. Each with a name for the message.
 */
const HIDDEN = new Map([
  [0x202a, "left-to-right embedding"],
  [0x202b, "right-to-left embedding"],
  [0x202c, "pop directional formatting"],
  [0x202d, "left-to-right override"],
  [0x202e, "right-to-left override"],
  [0x2066, "left-to-right isolate"],
  [0x2067, "right-to-left isolate"],
  [0x2068, "first strong isolate"],
  [0x2069, "pop directional isolate"],
  [0x200b, "zero width space"],
  [0x200c, "zero width non-joiner"],
  [0x200d, "zero width joiner"],
  [0x2060, "word joiner"],
  [0xfeff, "zero width no-break space"],
]);
const HIDDEN_CHARACTER =
  /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/gu;
/**
 * A (non-)joiner between two letters of the scripts whose spelling needs
 * one (marks may follow the first): Persian and Urdu in Arabic script, and
 * the Indic scripts. Built on first use, so a page that never checks text
 * does not download the pattern.
 */
let joinerInWord: RegExp | undefined;
function joinerInWordPattern(): RegExp {
  const scripts =
    "\\p{Script=Arabic}\\p{Script=Syriac}\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Gurmukhi}\\p{Script=Gujarati}\\p{Script=Oriya}\\p{Script=Tamil}\\p{Script=Telugu}\\p{Script=Kannada}\\p{Script=Malayalam}\\p{Script=Sinhala}";
  joinerInWord ??= new RegExp(
    `(?<=[${scripts}]\\p{M}*)[\\u200C\\u200D](?=[${scripts}])`,
    "uy",
  );
  return joinerInWord;
}
/** A joiner inside an emoji sequence: 👨‍👩‍👧 is three emoji joined by U+200D. */
const JOINER_IN_EMOJI =
  /(?<=\p{Extended_Pictographic}[\p{M}\p{Emoji_Modifier}]*)\u200D(?=\p{Extended_Pictographic})/uy;

/**
 * The first character that would make text display other than it reads, or
 * undefined: every bidirectional control and zero-width character but a
 * joiner where a script or an emoji needs it.
 * @example hiddenCharacter("gnp\u202Eexe")?.name === "right-to-left override"
 */
export function hiddenCharacter(
  text: string,
): { char: string; index: number; name: string } | undefined {
  const needed = (at: number) =>
    [joinerInWordPattern(), JOINER_IN_EMOJI].some((joiner) => {
      joiner.lastIndex = at;
      return joiner.test(text);
    });
  for (const { 0: char, index } of text.matchAll(HIDDEN_CHARACTER))
    if (!needed(index))
      return { char, index, name: HIDDEN.get(char.codePointAt(0) ?? 0) ?? "" };
  return undefined;
}
