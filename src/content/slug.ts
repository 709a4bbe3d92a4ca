/**
 * Turns a headline, section or topic name into the lower-case, hyphenated
 * words used in URLs and file names. Apostrophes and full stops vanish rather
 * than split a word, so "won't" stays one word and "U.S." becomes "us".
 *
 * @example slugify("Russia: 'Unscrupulous' U.S. behavior") === "russia-unscrupulous-us-behavior"
 */
export function slugify(words: string): string {
  return (
    words
      // Split accented letters into letter + mark, then drop the marks: é → e.
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/['’.]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
  );
}

/** Lower-case words joined by single hyphens: what slugify makes, safe in a URL and a file name. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What a URL segment, file name or stored entry must be before it names a story.
 * @example isSlug("russia-us") === true && isSlug("..") === false
 */
export function isSlug(value: unknown): value is string {
  return typeof value === "string" && SLUG.test(value);
}
