/**
 * Telling a missing piece of the app from other errors. Each page's code is
 * its own file with a hashed name (routes.tsx), fetched the first time a
 * reader goes to that kind of page. When a new version is deployed while a
 * tab is open, the old names are gone from the server, and that fetch fails:
 * the cure is to load the new version, not to report a broken page.
 */

// How each engine words a failed dynamic import, and Vite's own preload error.
const MISSING_CODE = [
  /Failed to fetch dynamically imported module/, // Chromium
  /error loading dynamically imported module/, // Firefox
  /Importing a module script failed/, // Safari
  /Unable to preload/, // Vite's preload helper
];

export function isMissingCode(error: unknown): boolean {
  return (
    error instanceof Error &&
    MISSING_CODE.some((message) => message.test(error.message))
  );
}
