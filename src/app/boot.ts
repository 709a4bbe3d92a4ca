/**
 * A pre-rendered page is complete without JavaScript, so the app starts after
 * load, a frame and a task: it never competes with the first paint.
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
