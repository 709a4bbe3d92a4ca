/**
 * A shell's page depends on the reader's browser (a search query, a reading
 * list), so the build's loader data is not handed over: its loaders run again
 * before the page hydrates.
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
