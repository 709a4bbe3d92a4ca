import { NavigationAnnouncer } from "./components/NavigationAnnouncer.tsx";
import { ScrollManager } from "./components/ScrollManager.tsx";

/**
 * What only matters from the reader's first move inside the app on: focus
 * and announcements for a new page, and scroll restoring. The first page is
 * the browser's to focus and scroll, so these load once it is interactive
 * (AppShell.tsx), outside every page's first download.
 */
export function NavigationAids() {
  return (
    <>
      <NavigationAnnouncer />
      <ScrollManager />
    </>
  );
}
