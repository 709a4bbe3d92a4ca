import { Outlet } from "react-router";
import { Masthead } from "../components/Masthead.tsx";
import { NavigationAnnouncer } from "../components/NavigationAnnouncer.tsx";
import { PendingBar } from "../components/PendingBar.tsx";
import { SiteFooter } from "../components/SiteFooter.tsx";
import { ScrollManager } from "../components/ScrollManager.tsx";
import { SkipLink } from "../components/SkipLink.tsx";
import "../styles/global.css";
import styles from "./AppShell.module.css";
import { useCurrentSection } from "./currentSection.ts";

/** The frame around every page: skip link, masthead, the page itself, footer. */
export function AppShell() {
  const section = useCurrentSection();
  return (
    <>
      <SkipLink target="main" />
      <PendingBar />
      <Masthead current={section} />
      <main id="main" tabIndex={-1} className={styles.main}>
        <Outlet />
      </main>
      <SiteFooter />
      <NavigationAnnouncer />
      <ScrollManager />
    </>
  );
}
