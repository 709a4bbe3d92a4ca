import { useEffect, useRef, useState } from "react";
import { useLocation, useNavigation } from "react-router";

/**
 * What a screen reader would otherwise miss in a single-page app: focus on
 * the new page's heading, its title announced, and "Loading…" meanwhile.
 */
export function NavigationAnnouncer() {
  const { pathname, search, hash } = useLocation();
  const navigation = useNavigation();
  const [announcement, setAnnouncement] = useState("");
  const page = `${pathname}${search}`;
  // The page already announced: the first one by the browser itself. Comparing pages,
  // not counting renders, stays right when StrictMode runs effects twice.
  const announced = useRef(page);

  useEffect(() => {
    if (announced.current === page) return;
    announced.current = page;
    // preventScroll: scrolling is ScrollManager's job.
    (
      focusableTarget(hash) ?? document.querySelector<HTMLElement>("main h1")
    )?.focus({ preventScroll: true });
    setAnnouncement(document.title);
    // The hash is read, not watched: the effect below follows it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [page]);

  // A #paragraph link, opened cold or within the page: focus follows the scroll.
  useEffect(() => {
    focusableTarget(hash)?.focus({ preventScroll: true });
  }, [hash]);

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

function focusableTarget(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  const target = document.getElementById(id);
  return target?.hasAttribute("tabindex") ? target : null;
}
