import { useEffect, useRef, useState } from "react";
import { useLocation, useNavigation } from "react-router";

/**
 * What a screen reader would otherwise miss in a single-page app: after a
 * client-side navigation, focus moves to the new page's heading and the new
 * title is announced; while a page is loading, it says so.
 */
export function NavigationAnnouncer() {
  const { pathname, search } = useLocation();
  const navigation = useNavigation();
  const [announcement, setAnnouncement] = useState("");
  const page = `${pathname}${search}`;
  // The page already announced: the first one by the browser itself. Comparing pages,
  // not counting renders, stays right when StrictMode runs effects twice.
  const announced = useRef(page);

  useEffect(() => {
    if (announced.current === page) return;
    announced.current = page;
    // preventScroll leaves scrolling to ScrollManager (top, or where the reader was on back).
    document
      .querySelector<HTMLElement>("main h1")
      ?.focus({ preventScroll: true });
    setAnnouncement(document.title);
  }, [page]);

  return (
    <p
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
    >
      {navigation.state === "loading" ? "Loading…" : announcement}
    </p>
  );
}
