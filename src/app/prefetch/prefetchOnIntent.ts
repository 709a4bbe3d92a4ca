// Loaded after hydration (main.tsx), so none of this is in a page's first
// download or runs before the page is interactive: a hard load is what it was.
import type { DataRouteObject, DataRouter } from "react-router";
import { whenIdle } from "../whenIdle.ts";
import type { Content } from "../../content/content.ts";
import { dataFile } from "../../content/dataFiles.ts";
import { linkedStory } from "./linkedStory.ts";

/** Long enough that a pointer crossing a link on its way elsewhere fetches nothing. */
const HOVER_MS = 90;
/** A link on screen this long is being read around, and may be next. */
const DWELL_MS = 1000;
/** Links timed on screen at once: a front page in view fetches a few stories, not all of them. */
const MAX_DWELLING = 3;

type Router = Pick<DataRouter, "routes" | "basename" | "subscribe">;

/**
 * Fetches a story's data file, and its page's code, when a reader shows they
 * may open it: a pointer resting on its link, the link focused, or the link on
 * screen for a while. Each file at most once; nothing when the reader's
 * browser asks to save data. The data lands in `content`'s cache, which the
 * story's loader reads when the link is followed. Returns a function that stops it.
 * @example const stop = prefetchOnIntent(router, content)
 */
export function prefetchOnIntent(
  router: Router,
  content: Pick<Content, "story">,
): () => void {
  const tried = new Set<string>();
  const warmed = new Set<string>();

  const storyOf = (anchor: HTMLAnchorElement) => {
    // Another window or a download is no navigation of this app's.
    if (
      (anchor.target && anchor.target !== "_self") ||
      anchor.hasAttribute("download")
    )
      return undefined;
    const url = new URL(anchor.href);
    // The page in view (a paragraph's anchor on it): its data is here already.
    if (url.pathname === location.pathname) return undefined;
    const story = linkedStory(
      router.routes,
      router.basename,
      url,
      location.origin,
    );
    return story && !tried.has(dataFile.story(story.slug)) ? story : undefined;
  };

  const prefetch = (anchor: HTMLAnchorElement) => {
    // Offline a guess can only fail, and the browser logs every failure.
    if (!navigator.onLine || savingData(navigator)) return;
    const story = storyOf(anchor);
    if (!story) return;
    tried.add(dataFile.story(story.slug));
    // Only a guess: a failure is the click's to retry and report.
    content.story(story.slug).catch(() => undefined);
    warmCode(story.route);
  };

  // Route code is fetched before its loader runs, so a first visit to a kind
  // of page would still wait for its chunk; the module cache keeps it.
  const warmCode = (route: DataRouteObject) => {
    if (warmed.has(route.id) || typeof route.lazy !== "function") return;
    warmed.add(route.id);
    route.lazy().catch(() => undefined);
  };

  let hovered:
    | { anchor: HTMLAnchorElement; timer: ReturnType<typeof setTimeout> }
    | undefined;
  const stopHover = () => {
    if (hovered) clearTimeout(hovered.timer);
    hovered = undefined;
  };
  const onPointerOver = (event: Event) => {
    const anchor = anchorAt(event.target);
    if (!anchor || hovered?.anchor === anchor) return;
    stopHover();
    hovered = {
      anchor,
      timer: setTimeout(() => {
        hovered = undefined;
        prefetch(anchor);
      }, HOVER_MS),
    };
  };
  const onPointerOut = (event: Event) => {
    const to = event instanceof MouseEvent ? event.relatedTarget : null;
    if (hovered && !(to instanceof Node && hovered.anchor.contains(to)))
      stopHover();
  };
  const onFocusIn = (event: Event) => {
    const anchor = anchorAt(event.target);
    if (anchor) prefetch(anchor);
  };

  const dwelling = new Map<Element, ReturnType<typeof setTimeout>>();
  const stopDwelling = (link: Element) => {
    clearTimeout(dwelling.get(link));
    dwelling.delete(link);
  };
  const observer =
    typeof IntersectionObserver === "function"
      ? new IntersectionObserver((entries) => {
          for (const { target, isIntersecting } of entries) {
            if (!isIntersecting) stopDwelling(target);
            else if (
              target instanceof HTMLAnchorElement &&
              !dwelling.has(target) &&
              dwelling.size < MAX_DWELLING
            )
              dwelling.set(
                target,
                setTimeout(() => {
                  stopDwelling(target);
                  observer?.unobserve(target);
                  prefetch(target);
                }, DWELL_MS),
              );
          }
        })
      : undefined;
  // Each page brings its own links: watched afresh once a navigation has drawn it.
  const watchLinks = () => {
    if (!observer) return;
    observer.disconnect();
    for (const link of dwelling.keys()) stopDwelling(link);
    for (const anchor of document.querySelectorAll("a[href]"))
      if (anchor instanceof HTMLAnchorElement && storyOf(anchor))
        observer.observe(anchor);
  };
  let cancelIdle: (() => void) | undefined;
  const watchLinksWhenIdle = () => {
    cancelIdle ??= whenIdle(() => {
      cancelIdle = undefined;
      watchLinks();
    });
  };

  document.addEventListener("pointerover", onPointerOver);
  document.addEventListener("pointerout", onPointerOut);
  document.addEventListener("focusin", onFocusIn);
  watchLinks();
  let here = location.href;
  const unsubscribe = router.subscribe((state) => {
    if (state.navigation.state !== "idle" || location.href === here) return;
    here = location.href;
    watchLinksWhenIdle();
  });

  return () => {
    document.removeEventListener("pointerover", onPointerOver);
    document.removeEventListener("pointerout", onPointerOut);
    document.removeEventListener("focusin", onFocusIn);
    unsubscribe();
    stopHover();
    observer?.disconnect();
    for (const link of dwelling.keys()) stopDwelling(link);
    cancelIdle?.();
  };
}

/**
 * Starts prefetchOnIntent once the browser is idle, after hydration's last slice.
 * @example void import("./prefetch/prefetchOnIntent.ts").then((p) => p.prefetchWhenIdle(router, content));
 */
export function prefetchWhenIdle(
  router: Router,
  content: Pick<Content, "story">,
) {
  whenIdle(() => prefetchOnIntent(router, content));
}

function anchorAt(target: EventTarget | null): HTMLAnchorElement | undefined {
  const anchor = target instanceof Element ? target.closest("a[href]") : null;
  return anchor instanceof HTMLAnchorElement ? anchor : undefined;
}

/** Chromium's Save-Data setting (`navigator.connection`); other browsers say nothing, and get prefetch. */
function savingData(navigator: Navigator): boolean {
  const connection: unknown = Reflect.get(navigator, "connection");
  return (
    typeof connection === "object" &&
    connection !== null &&
    Reflect.get(connection, "saveData") === true
  );
}
