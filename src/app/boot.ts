/**
 * The one script a page asks for. A pre-rendered page is complete without
 * JavaScript, so the app waits until the page has loaded and painted, then
 * a frame and a task more: its download and start-up never compete with the
 * first paint. Until then a click is an ordinary page load, which every page
 * serves whole.
 */

/** Background tabs run no animation frames; start anyway after this long. */
const FALLBACK_MS = 1000;

function afterFirstPaint(start: () => void) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  const schedule = () => {
    requestAnimationFrame(() => setTimeout(once, 0));
    setTimeout(once, FALLBACK_MS);
  };
  if (document.readyState === "complete") schedule();
  else addEventListener("load", schedule, { once: true });
}

afterFirstPaint(() => void import("./main.tsx"));
