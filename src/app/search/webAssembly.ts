/**
 * Search runs Pagefind, which compiles WebAssembly: the one thing in the app
 * the site's Content-Security-Policy forbids ('wasm-unsafe-eval'). Its route
 * says so in its handle, and the build allows it in that page's policy only.
 * A document keeps the policy of the page it was loaded as, so every way into
 * search from another page loads it whole (the masthead's and footer's links,
 * the not-found page's form: `reloadDocument`).
 */
export type WebAssemblyHandle = { webAssembly: true };

/**
 * @param matches route matches, or the routes themselves: anything with a handle
 * @example needsWebAssembly(context.matches.map(({ route }) => route))
 */
export function needsWebAssembly(
  matches: readonly { handle?: unknown }[],
): boolean {
  return matches.some(
    ({ handle }) =>
      typeof handle === "object" &&
      handle !== null &&
      "webAssembly" in handle &&
      handle.webAssembly === true,
  );
}
