/**
 * Turning rendered pages into HTML documents: the build's index.html is the
 * template, and each page goes into it at two markers.
 */

export const HEAD_MARKER = "<!--dateline:head-->";
export const PAGE_MARKER = "<!--dateline:page-->";

export class TemplateError extends Error {}

export type RenderedPage = {
  /** 200 for a page, 404 for the not-found page */
  status: number;
  /** <title>, <meta> and <link> tags for the document head */
  head: string;
  /** The app's HTML, for inside #root */
  page: string;
};

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
 * The template with the page's head and body in place. It throws rather than
 * guess when a marker is missing: that happens when the template is itself
 * an already pre-rendered page, and guessing would write one page to every URL.
 */
export function fillTemplate(
  template: string,
  { head, page }: { head: string; page: string },
): string {
  for (const marker of [HEAD_MARKER, PAGE_MARKER]) {
    const count = template.split(marker).length - 1;
    if (count !== 1)
      throw new TemplateError(
        `the page template must hold ${marker} exactly once, found ${count}; rebuild with npm run build`,
      );
  }
  // Functions, not strings: a "$&" in a headline must stay text.
  return template
    .replace(HEAD_MARKER, () => head)
    .replace(PAGE_MARKER, () => page);
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
