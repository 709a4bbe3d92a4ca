// Canonical URLs, share tags, the sitemap and the feed are absolute, so a build must know its origin.
import { isCalendarDate } from "../../content/checks.ts";
import { UserError } from "../../content/userError.ts";

export type SiteConfig = {
  /** e.g. "https://news.example.org", no trailing slash */
  origin: string;
  /** e.g. "/" or "/dateline/": starts and ends with a slash */
  base: string;
  /** yyyy-mm-dd, UTC: the pre-rendered pages' "today". */
  buildDate: string;
  /** The most a first visit's offline download may weigh, gzip bytes. */
  precacheCap: number;
};

/** About 1 MB: the app shell, the front page and a few dozen of the newest stories. */
export const DEFAULT_PRECACHE_KB = 1024;

/** What `npm start` serves, so that a local build's links work as they are. */
export const defaultOrigin = "http://127.0.0.1:4173";

export class SiteConfigError extends UserError {
  override name = "SiteConfigError";
}

type Env = Partial<Record<string, string>>;

export function siteConfig(env: Env, now = new Date()): SiteConfig {
  return {
    origin: originFrom(env["DATELINE_ORIGIN"] || defaultOrigin),
    base: baseFrom(env["DATELINE_BASE"] || "/"),
    buildDate: buildDateFrom(
      env["DATELINE_BUILD_DATE"] || now.toISOString().slice(0, 10),
    ),
    precacheCap:
      precacheKbFrom(env["DATELINE_PRECACHE_KB"] || `${DEFAULT_PRECACHE_KB}`) *
      1024,
  };
}

function originFrom(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteConfigError(
      `DATELINE_ORIGIN: "${value}" is not a URL; expected e.g. https://news.example.org`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new SiteConfigError(
      `DATELINE_ORIGIN: "${value}" must start with https:// or http://`,
    );
  if (url.pathname !== "/" || url.search || url.hash)
    throw new SiteConfigError(
      `DATELINE_ORIGIN: "${value}" must be an origin only; put a sub-path in DATELINE_BASE`,
    );
  return url.origin;
}

function baseFrom(value: string): string {
  if (!/^\/([\w.~-]+\/)*$/.test(value))
    throw new SiteConfigError(
      `DATELINE_BASE: "${value}" must start and end with / and hold only URL-safe folder names, e.g. /dateline/`,
    );
  return value;
}

function buildDateFrom(value: string): string {
  if (!isCalendarDate(value))
    throw new SiteConfigError(
      `DATELINE_BUILD_DATE: "${value}" must be a real date written like 2026-11-28`,
    );
  return value;
}

function precacheKbFrom(value: string): number {
  if (!/^[1-9]\d{0,6}$/.test(value))
    throw new SiteConfigError(
      `DATELINE_PRECACHE_KB: "${value}" must be a whole number of kilobytes, e.g. ${DEFAULT_PRECACHE_KB}`,
    );
  return Number(value);
}
