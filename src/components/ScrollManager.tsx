import { useEffect, useLayoutEffect, useRef } from "react";
import { NavigationType, useLocation, useNavigationType } from "react-router";

const STORAGE_KEY = "dateline:scroll";

/**
 * Where the page scrolls when the address changes inside the app: to the top
 * of a new page, to its #target, or back to where the reader was on
 * back/forward (also after a reload, kept in sessionStorage).
 *
 * The page the app starts on is left alone. The browser has already scrolled
 * it to a #target or a text fragment (#:~:text=…), restored it on reload, or
 * the reader has begun scrolling on a slow phone; react-router's
 * ScrollRestoration scrolls a first load to the top, which cancels a text
 * fragment and makes a pre-rendered page jump when JavaScript arrives.
 */
export function ScrollManager() {
  const location = useLocation();
  const navigation = useNavigationType();
  const positions = useRef<Record<string, number>>({});
  const current = useRef(location.key);
  const first = useRef(true);

  useEffect(() => {
    positions.current = readPositions();
    // Keep a position per history entry as the reader scrolls, so leaving a
    // page never has to measure it after the next page has replaced it.
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        positions.current[current.current] = window.scrollY;
      });
    };
    // Our own restoring while the app runs; the browser's on reload.
    window.history.scrollRestoration = "manual";
    const onPageHide = () => {
      writePositions(positions.current);
      window.history.scrollRestoration = "auto";
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("pagehide", onPageHide);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("pagehide", onPageHide);
    };
  }, []);

  useLayoutEffect(() => {
    current.current = location.key;
    if (first.current) {
      first.current = false;
      return;
    }
    const saved = positions.current[location.key];
    if (navigation === NavigationType.Pop && saved !== undefined) {
      window.scrollTo(0, saved);
      return;
    }
    const target = location.hash
      ? document.getElementById(safeDecode(location.hash.slice(1)))
      : null;
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [location, navigation]);

  return null;
}

function readPositions(): Record<string, number> {
  try {
    const stored: unknown = JSON.parse(
      sessionStorage.getItem(STORAGE_KEY) ?? "{}",
    );
    return typeof stored === "object" && stored !== null
      ? (stored as Record<string, number>)
      : {};
  } catch {
    return {};
  }
}

function writePositions(positions: Record<string, number>): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(positions));
  } catch {
    // No sessionStorage: back/forward still work until the page is left.
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
