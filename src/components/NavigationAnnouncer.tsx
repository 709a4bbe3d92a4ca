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
  const firstRender = useRef(true);

  useEffect(() => {
    // The first page is announced by the browser itself; only later ones need help.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // preventScroll leaves scrolling to ScrollRestoration (top, or where the reader was on back).
    document
      .querySelector<HTMLElement>("main h1")
      ?.focus({ preventScroll: true });
    setAnnouncement(document.title);
  }, [pathname, search]);

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
