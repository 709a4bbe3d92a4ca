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

/** A new task, so the browser may paint or answer a press between two pieces of start-up. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// React's renderer is most of the code to evaluate: on its own, in a task of
// its own, and the router and the app in the next.
afterFirstPaint(
  () =>
    void import("react-dom/client")
      .then(nextTask)
      .then(() => import("./main.tsx")),
);
