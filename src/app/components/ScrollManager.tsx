import { useEffect, useLayoutEffect, useRef } from "react";
import { NavigationType, useLocation, useNavigationType } from "react-router";

const STORAGE_KEY = "dateline:scroll";

/**
 * Used instead of react-router's ScrollRestoration, which scrolls the first
 * page to the top: that cancels a text fragment (#:~:text=…) and makes a
 * pre-rendered page the reader has begun scrolling jump when JavaScript
 * arrives. The first page is left to the browser.
 */
export function ScrollManager() {
  const location = useLocation();
  const navigation = useNavigationType();
  const positions = useRef<Record<string, number>>({});
  const current = useRef(location.key);
  const first = useRef(true);

  useEffect(() => {
    positions.current = readPositions();
    // Taken again on click, submit and popstate, before the next page
    // replaces this one: scroll events arrive a frame late.
    const remember = () => {
      positions.current[current.current] = window.scrollY;
    };
    // Our own restoring while the app runs; the browser's on reload.
    window.history.scrollRestoration = "manual";
    const onPageHide = () => {
      remember();
      writePositions(positions.current);
      window.history.scrollRestoration = "auto";
    };
    window.addEventListener("scroll", remember, { passive: true });
    window.addEventListener("popstate", remember);
    document.addEventListener("click", remember, { capture: true });
    document.addEventListener("submit", remember, { capture: true });
    window.addEventListener("pagehide", onPageHide);
    return () => {
      window.removeEventListener("scroll", remember);
      window.removeEventListener("popstate", remember);
      document.removeEventListener("click", remember, { capture: true });
      document.removeEventListener("submit", remember, { capture: true });
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
    if (typeof stored !== "object" || stored === null) return {};
    return Object.fromEntries(
      Object.entries(stored).filter(
        (entry): entry is [string, number] =>
          typeof entry[1] === "number" && Number.isFinite(entry[1]),
      ),
    );
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
