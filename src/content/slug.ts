// A slug names a story, a section or a topic in a URL and in a file name. Words
// in any script are kept as they are (Unicode slugs: "россия-2018-визит"), so
// a reader can read the address; only Latin and Greek lose their accents, as
// their own readers write them in addresses. See the README's Decisions.

/**
 * The longest slug, in UTF-8 bytes. A file name may be 255 bytes, and the
 * import stages `.<slug>.json.<pid>.<random>.tmp` (27 bytes more); a
 * percent-encoded URL writes each byte of a non-ASCII letter as three
 * characters, so a slug is at most 300 characters of an address. 100 bytes
 * are 100 Latin letters, 50 Cyrillic or Greek ones, 33 Chinese characters.
 */
export const MAX_SLUG_BYTES = 100;

/** A Latin or Greek letter and the accents on it, once decomposed: é → e, ά → α. */
const ACCENTED = /([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu;
/**
 * Vanish rather than split a word: apostrophes ("won't" stays one), full stops
 * ("U.S." is "us"), and the selectors that pick how an emoji is drawn (❤ and ❤️
 * are one heart).
 */
const DROPPED = /['’.]|\uFE0E|\uFE0F/gu;
/** A letter, digit or emoji, with the marks and skin tones that belong to it. */
const CLUSTER =
  "[\\p{L}\\p{N}\\p{Extended_Pictographic}\\p{Regional_Indicator}][\\p{M}\\p{Emoji_Modifier}]*";
const EMOJI =
  "[\\p{Extended_Pictographic}\\p{Regional_Indicator}][\\p{M}\\p{Emoji_Modifier}]*";
/** A word: clusters, and emoji joined by U+200D into one (👨‍👩‍👧). Anything else separates words. */
const WORD = new RegExp(`(?:${EMOJI}(?:\\u200D${EMOJI})+|${CLUSTER})+`, "gu");
/** Where a word too long for a slug may be cut: before a cluster, or before the joiner leading to one. */
const PIECE = new RegExp(`\\u200D?${CLUSTER}`, "gu");

const encoder = new TextEncoder();

/** @example utf8Bytes("é") === 2 */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/**
 * The slug of a headline, section or topic: NFC, lower case, its words (in
 * any script) joined by hyphens, cut at a word boundary to MAX_SLUG_BYTES.
 * The same words always give the same slug, in Node and in the browser: no
 * locale or dictionary is involved. "" when the words have no letter, digit
 * or emoji.
 * @example slugify("Russia: 'Unscrupulous' U.S. behavior") === "russia-unscrupulous-us-behavior"
 * @example slugify("Россия 2018: визит") === "россия-2018-визит"
 */
export function slugify(words: string): string {
  const plain = words
    // Compatibility forms become their letters (ﬁ → fi, Ａ → A), accents separate marks.
    .normalize("NFKD")
    .toLowerCase()
    .normalize("NFKD")
    .replace(ACCENTED, "$1")
    .normalize("NFC")
    .replace(DROPPED, "");
  let slug = "";
  for (const [word] of plain.matchAll(WORD)) {
    const longer = slug === "" ? word : `${slug}-${word}`;
    if (utf8Bytes(longer) <= MAX_SLUG_BYTES) slug = longer;
    else {
      // A first word longer than a slug (Chinese has no spaces) is cut between its letters.
      if (slug === "") slug = cutWord(word);
      break;
    }
  }
  return slug;
}

function cutWord(word: string): string {
  let kept = "";
  for (const [piece] of word.matchAll(PIECE)) {
    if (utf8Bytes(kept + piece) > MAX_SLUG_BYTES) break;
    kept += piece;
  }
  return kept;
}

/**
 * What slugify makes, and nothing else: a slug is its own slug. Safe in a
 * URL and a file name: no dot, slash, space, control or invisible character.
 * @example isSlug("russia-us") === true && isSlug("россия") === true && isSlug("..") === false
 */
export function isSlug(value: unknown): value is string {
  return typeof value === "string" && value !== "" && slugify(value) === value;
}

/**
 * Names the site uses for its own pages, folders and files at its root, so no
 * story, section or topic may take them: the route table's fixed segments
 * (routes.test.tsx checks them) and what the build writes beside the pages
 * (tools/build/siteNames.test.ts checks those). Names with a dot can never
 * be slugs; they are listed so this stays the one list of the site's names.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  // Pages
  "topics",
  "search",
  "saved",
  "briefs",
  "page",
  // Folders
  "data",
  "assets",
  "icons",
  "cards",
  "pagefind",
  "offline",
  // Files (a large edition's sitemap is sitemap.xml and sitemap-1.xml, sitemap-2.xml…)
  "index.html",
  "404.html",
  "sw.js",
  "manifest.webmanifest",
  "feed.xml",
  "sitemap",
  "sitemap.xml",
  "robots.txt",
  "card.png",
  "favicon.svg",
  "screenshot-story.png",
]);

/** Why a slug in RESERVED_NAMES is refused, as every message says it. */
export const RESERVED_REASON =
  "a name the site uses for its own pages and files";
