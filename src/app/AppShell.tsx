import { lazy, Suspense, useEffect } from "react";
import { Outlet } from "react-router";
import { Masthead } from "./components/Masthead.tsx";
import { NavigationAnnouncer } from "./components/NavigationAnnouncer.tsx";
import { PendingBar } from "./components/PendingBar.tsx";
import { SiteFooter } from "./components/SiteFooter.tsx";
import { ScrollManager } from "./components/ScrollManager.tsx";
import { SkipLink } from "./components/SkipLink.tsx";
import { OfflineNotices } from "./offline/OfflineNotices.tsx";
import { useReader } from "./reader/useReader.ts";
import "./styles/global.css";
import styles from "./AppShell.module.css";
import { useCurrentSection } from "./currentSection.ts";

// A store's problem is only known once it has loaded, after hydration: never in the HTML.
const StorageProblemNotice = lazy(() =>
  import("./storage/StorageProblemNotice.tsx").then((module) => ({
    default: module.StorageProblemNotice,
  })),
);

/** The frame around every page: skip link, masthead, the page itself, footer. */
export function AppShell() {
  const section = useCurrentSection();
  const { saved, problem } = useReader();
  useEffect(() => {
    // The root's effects run once React has committed its first tree: the
    // pre-rendered page is hydrated (or, on the dev server and over another
    // page's HTML, rendered). Set in the browser only, outside #root, so
    // the HTML and what React hydrates stay exactly as built. The browser
    // tests and the bench wait for it.
    document.documentElement.dataset["hydrated"] = "true";
  }, []);
  return (
    <>
      <SkipLink target="main" />
      <PendingBar />
      <Masthead current={section} savedCount={saved.length} />
      <main id="main" tabIndex={-1} className={styles.main}>
        {problem && (
          <Suspense fallback={null}>
            <StorageProblemNotice problem={problem} subject="reader" />
          </Suspense>
        )}
        <Outlet />
      </main>
      <SiteFooter />
      <OfflineNotices />
      <NavigationAnnouncer />
      <ScrollManager />
    </>
  );
}
