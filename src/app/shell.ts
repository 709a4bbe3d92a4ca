/**
 * Marks a route whose pre-rendered page is a shell: what it shows depends on
 * the reader's browser (a search query, a reading list), so the data the
 * build's loaders saw must not be handed to the browser as its own. Its
 * loaders run again in the browser before the page hydrates.
 */
export type ShellHandle = { shell: true };

/** @param matches route matches, or the routes themselves: anything with a handle */
export function isShell(matches: readonly { handle?: unknown }[]): boolean {
  return matches.some(
    ({ handle }) =>
      typeof handle === "object" &&
      handle !== null &&
      "shell" in handle &&
      handle.shell === true,
  );
}
