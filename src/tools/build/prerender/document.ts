// Only built pages get the boot marker's CSP: the dev server needs inline styles and scripts it forbids.

import { PAGE_DATA_ID, type PageData } from "../../../app/pageData.ts";
import { UserError } from "../../../content/userError.ts";

export const BOOT_MARKER = "<!--dateline:boot-->";
export const HEAD_MARKER = "<!--dateline:head-->";
export const PAGE_MARKER = "<!--dateline:page-->";
export const DATA_MARKER = "<!--dateline:data-->";

export class TemplateError extends UserError {
  override name = "TemplateError";
}

/** What a page's code needs from the policy beyond what every page allows. */
export type ScriptNeeds = {
  /**
   * Compiling WebAssembly ('wasm-unsafe-eval'): search runs Pagefind's. Only
   * the pages that ask get it (the search route's handle, see search/webAssembly.ts).
   */
  webAssembly?: boolean | undefined;
};

export type RenderedPage = ScriptNeeds & {
  status: number;
  head: string;
  page: string;
  /** Hydrated from instead of fetched again; absent for shells and the not-found page. */
  data?: PageData | undefined;
};

/** The policy and the head script, for a page with these needs. */
export type BootHead = (needs: ScriptNeeds) => string;

/** Inert JSON, so the CSP has nothing to allow; "<" is escaped so no story can close it early. */
export function pageDataElement(data: PageData | undefined): string {
  if (!data) return "";
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return `<script type="application/json" id="${PAGE_DATA_ID}">${json}</script>`;
}

/** renderToString writes hoisted <title>, <meta> and <link> at the start instead of in <head>. */
export function splitHoisted(html: string): { head: string; page: string } {
  const hoisted =
    /^(?:<title>[^<]*<\/title>|<meta\s[^>]*\/?>|<link\s[^>]*\/?>)*/;
  const head = hoisted.exec(html)?.[0] ?? "";
  return { head, page: html.slice(head.length) };
}

/** A <meta> cannot carry frame-ancestors (nor report-uri, sandbox); hosts send those as a header. */
export function contentSecurityPolicy(
  scriptSha256: string,
  { webAssembly = false }: ScriptNeeds = {},
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'sha256-${scriptSha256}'${webAssembly ? " 'wasm-unsafe-eval'" : ""}`,
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
 * The policy first: a <meta> policy only covers what follows it. `scriptSha256` hashes exactly `script`.
 * @example fillTemplate(template, { ...rendered, boot: bootHead(HEAD_SCRIPT, sha256) })
 */
export function bootHead(script: string, scriptSha256: string): BootHead {
  if (/<\/script|<!--/i.test(script))
    throw new TemplateError(
      "the head script must not hold </script or <!--, which would end or hide it early",
    );
  if (!/^[A-Za-z0-9+/]{43}=$/.test(scriptSha256))
    throw new TemplateError(`${scriptSha256} is not a base64 SHA-256 digest`);
  return (needs) =>
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scriptSha256, needs)}" />` +
    `<script>${script}</script>`;
}

/** Throws on a missing or repeated marker: a pre-rendered template would write one page to every URL. */
export function fillTemplate(
  template: string,
  {
    boot,
    head,
    page,
    data,
    webAssembly,
  }: ScriptNeeds & {
    boot?: BootHead;
    head: string;
    page: string;
    data?: PageData | undefined;
  },
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
    .replace(BOOT_MARKER, () => boot?.({ webAssembly }) ?? "")
    .replace(HEAD_MARKER, () => head)
    .replace(PAGE_MARKER, () => page)
    .replace(DATA_MARKER, () => pageDataElement(data));
}

/** @example fileFor("/a/b/") === "a/b/index.html" */
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
