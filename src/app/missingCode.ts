/**
 * After a deploy, an open tab's hashed page chunks are gone from the server:
 * the cure is to load the new version, not to report a broken page.
 */
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
