/**
 * Runs `run` once the browser is idle (Safari, which has no
 * requestIdleCallback, after a short timer), for work that must not compete
 * with a page's first paint and hydration. Returns a function that cancels it.
 * @example const cancel = whenIdle(() => prefetchOnIntent(router, content));
 */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}
