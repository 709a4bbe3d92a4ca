/**
 * Turning rendered pages into HTML documents: the build's index.html is the
 * template, and each page goes into it at four markers. The first, right
 * after <meta charset>, takes the Content-Security-Policy and the settings
 * script it allows; only built pages get them, as the dev server's page
 * needs inline styles and scripts that the policy forbids.
 */

import { PAGE_DATA_ID, type PageData } from "../../../app/pageData.ts";
import { UserError } from "../../../content/userError.ts";

export const BOOT_MARKER = "<!--dateline:boot-->";
export const HEAD_MARKER = "<!--dateline:head-->";
export const PAGE_MARKER = "<!--dateline:page-->";
export const DATA_MARKER = "<!--dateline:data-->";

/** The page template or a page path is not what the build expects. */
export class TemplateError extends UserError {
  override name = "TemplateError";
}

export type RenderedPage = {
  /** 200 for a page, 404 for the not-found page */
  status: number;
  /** <title>, <meta> and <link> tags for the document head */
  head: string;
  /** The app's HTML, for inside #root */
  page: string;
  /**
   * The loader data this page was rendered from, for the browser to hydrate
   * with instead of fetching it again; absent where the browser must load its
   * own (shells and the not-found page).
   */
  data?: PageData | undefined;
};

/**
 * A page's data as an inert JSON element: a type the browser never runs, so
 * the Content-Security-Policy has nothing to allow. "<" is escaped so no
 * string in a story can close the element early.
 */
export function pageDataElement(data: PageData | undefined): string {
  if (!data) return "";
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return `<script type="application/json" id="${PAGE_DATA_ID}">${json}</script>`;
}

/**
 * React 19 hoists a page's <title>, <meta> and <link> into <head> in the
 * browser, but renderToString into a container writes them at the start of
 * its output instead. Split them off so the head can hold them.
 */
export function splitHoisted(html: string): { head: string; page: string } {
  const hoisted =
    /^(?:<title>[^<]*<\/title>|<meta\s[^>]*\/?>|<link\s[^>]*\/?>)*/;
  const head = hoisted.exec(html)?.[0] ?? "";
  return { head, page: html.slice(head.length) };
}

/**
 * The policy for a built page: nothing from elsewhere, no inline styles, and
 * of inline scripts only the one whose SHA-256 (base64) is given. A <meta>
 * cannot carry frame-ancestors (nor report-uri, sandbox); hosts send those
 * as a header.
 */
export function contentSecurityPolicy(scriptSha256: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'sha256-${scriptSha256}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
  ].join("; ");
}

/**
 * What goes at the boot marker: the policy, then the inline script it allows.
 * The policy comes first because a <meta> policy only covers what follows it.
 * `scriptSha256` must be the hash of exactly `script`: build.ts computes it
 * with node:crypto, and the browser compares it with these very bytes.
 */
export function bootHead(script: string, scriptSha256: string): string {
  if (/<\/script|<!--/i.test(script))
    throw new TemplateError(
      "the head script must not hold </script or <!--, which would end or hide it early",
    );
  if (!/^[A-Za-z0-9+/]{43}=$/.test(scriptSha256))
    throw new TemplateError(`${scriptSha256} is not a base64 SHA-256 digest`);
  return (
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scriptSha256)}" />` +
    `<script>${script}</script>`
  );
}

/**
 * The template with the boot tags, the page's head and its body in place. It
 * throws rather than guess when a marker is missing or repeated: that happens
 * when the template is itself an already pre-rendered page, and guessing
 * would write one page to every URL. Without `boot` (tests that only look at
 * the page) the boot marker may be absent, and is removed when present; so
 * may the data marker without `data`.
 */
export function fillTemplate(
  template: string,
  {
    boot,
    head,
    page,
    data,
  }: { boot?: string; head: string; page: string; data?: PageData | undefined },
): string {
  for (const marker of [BOOT_MARKER, HEAD_MARKER, PAGE_MARKER, DATA_MARKER]) {
    const count = template.split(marker).length - 1;
    const optional =
      (marker === BOOT_MARKER && boot === undefined) ||
      (marker === DATA_MARKER && data === undefined);
    if (count > 1 || (count === 0 && !optional))
      throw new TemplateError(
        `the page template must hold ${marker} exactly once, found ${count}; rebuild with npm run build`,
      );
  }
  // Functions, not strings: a "$&" in a headline must stay text.
  return template
    .replace(BOOT_MARKER, () => boot ?? "")
    .replace(HEAD_MARKER, () => head)
    .replace(PAGE_MARKER, () => page)
    .replace(DATA_MARKER, () => pageDataElement(data));
}

/**
 * Where a page's file goes in the built site: `/` is `index.html`, `/a/b/` is
 * `a/b/index.html`. Only slash-ended paths are pages (see paths.ts).
 */
export function fileFor(path: string): string {
  if (
    !path.startsWith("/") ||
    !path.endsWith("/") ||
    /[?#]|\/\.\.?\//.test(path)
  )
    throw new TemplateError(
      `${path}: a page path starts and ends with / and has no query, fragment or dot segments`,
    );
  return `${path.slice(1)}index.html`;
}
