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

/** Whether `text` is already a slug: what a URL segment must be before it names a file. */
export function isSlug(text: string): boolean {
  return text !== "" && slugify(text) === text;
}
