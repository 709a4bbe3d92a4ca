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

/**
 * Percent-encoded, as a URL must be written in a sitemap, a feed or a
 * canonical link: a slug in any script ("/topics/россия/") is non-ASCII, and
 * only that is encoded (a search query is encoded already).
 * @example absoluteUrl("/topics/") === "https://news.example.org/dateline/topics/"
 * @example absoluteUrl("/topics/мир/") === "https://news.example.org/dateline/topics/%D0%BC%D0%B8%D1%80/"
 */
export function absoluteUrl(path: string): string {
  const encoded = path.replace(/[^ -~]+/gu, encodeURIComponent);
  return `${import.meta.env.DATELINE_ORIGIN}${basePath}${encoded.replace(/^\//, "")}`;
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
