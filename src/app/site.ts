// Fixed at build time (vite.config.ts, from src/tools/build/siteConfig.ts), so
// the pre-render and the browser agree on every URL.
declare global {
  interface ImportMetaEnv {
    readonly DATELINE_ORIGIN: string;
    readonly DATELINE_BUILD_DATE: string;
  }
}

export const siteName = "Dateline";
export const siteLocale = "en_US";

export const basePath = import.meta.env.BASE_URL;

/** With its trailing slash: a static host redirects "/dateline" to "/dateline/". */
export const routerBasename = basePath;

/** @example absoluteUrl("/topics/") === "https://news.example.org/dateline/topics/" */
export function absoluteUrl(path: string): string {
  return `${import.meta.env.DATELINE_ORIGIN}${basePath}${path.replace(/^\//, "")}`;
}

/** A path the browser can fetch directly (files outside the router, such as the feed). */
export function sitePath(path: string): string {
  return `${basePath}${path.replace(/^\//, "")}`;
}

/** What the pre-rendered pages took as today. */
export const buildDate = import.meta.env.DATELINE_BUILD_DATE;

export const siteOrigin = import.meta.env.DATELINE_ORIGIN;

/** @example leavesSite("https://example.org/") === true; leavesSite("/topics/") === false */
export function leavesSite(href: string): boolean {
  if (!/^https?:/i.test(href)) return false;
  try {
    return new URL(href).origin !== siteOrigin;
  } catch {
    // An address the browser cannot read: treat it as leaving, so it is marked.
    return true;
  }
}
