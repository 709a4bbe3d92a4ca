/**
 * The site as the app sees it: its name, and the absolute address of any of
 * its paths. The values are fixed at build time (see site/config.ts and
 * vite.config.ts), so the pre-render and the browser agree on every URL.
 */

declare global {
  // Fixed at build time by vite.config.ts from src/tools/build/siteConfig.ts.
  interface ImportMetaEnv {
    readonly DATELINE_ORIGIN: string;
    readonly DATELINE_BUILD_DATE: string;
  }
}

export const siteName = "Dateline";
export const siteLocale = "en_US";

/** "/" or e.g. "/dateline/": where the site sits on its host. */
export const basePath = import.meta.env.BASE_URL;

/**
 * The router's basename. With its trailing slash, so that a link to the front
 * page is "/dateline/", the page's real address, not "/dateline", which a
 * static host answers with a redirect.
 */
export const routerBasename = basePath;

/**
 * @example absoluteUrl("/topics/") === "https://news.example.org/dateline/topics/"
 */
export function absoluteUrl(path: string): string {
  return `${import.meta.env.DATELINE_ORIGIN}${basePath}${path.replace(/^\//, "")}`;
}

/** A path the browser can fetch directly (files outside the router, such as the feed). */
export function sitePath(path: string): string {
  return `${basePath}${path.replace(/^\//, "")}`;
}

/** The edition's build day: what the pre-rendered pages took as today. */
export const buildDate = import.meta.env.DATELINE_BUILD_DATE;

/** e.g. "https://news.example.org": where the built site is served. */
export const siteOrigin = import.meta.env.DATELINE_ORIGIN;

/**
 * Whether following `href` takes the reader to another web site: an http(s)
 * address on another origin. A site path, a mail link or an address on this
 * site's own origin does not.
 *
 * @example leavesSite("https://example.org/") === true
 * @example leavesSite("/topics/") === false
 */
export function leavesSite(href: string): boolean {
  if (!/^https?:/i.test(href)) return false;
  try {
    return new URL(href).origin !== siteOrigin;
  } catch {
    // An address the browser cannot read: treat it as leaving, so it is marked.
    return true;
  }
}
