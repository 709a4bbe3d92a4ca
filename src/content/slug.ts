/**
 * Apostrophes and full stops vanish rather than split a word: "won't" stays one, "U.S." is "us".
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

/** What slugify makes: safe in a URL and a file name. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** @example isSlug("russia-us") === true && isSlug("..") === false */
export function isSlug(value: unknown): value is string {
  return typeof value === "string" && SLUG.test(value);
}
