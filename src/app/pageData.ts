// The loader data a pre-rendered page carries (written by prerender/document.ts),
// so hydration needs no second trip for the data the HTML was made from.
import { isRecord } from "../content/checks.ts";

export const PAGE_DATA_ID = "dateline-data";

export type PageData = {
  /** Relative to the base path. */
  path: string;
  loaderData: Record<string, unknown>;
};

/**
 * The page's loader data if it was rendered for this very path, else
 * undefined and the router loads its own. That happens where one file
 * answers many URLs: 404.html at any unknown path, say, where the router may
 * still find a story under a mistyped date. A query string does not matter:
 * the pages that read one (search) carry no data.
 *
 * @param base the site's base path, e.g. "/dateline/"
 */
export function embeddedLoaderData(
  doc: Pick<Document, "getElementById">,
  location: Pick<Location, "pathname">,
  base: string,
): Record<string, unknown> | undefined {
  const text = doc.getElementById(PAGE_DATA_ID)?.textContent;
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (
    !isRecord(data) ||
    typeof data["path"] !== "string" ||
    !isRecord(data["loaderData"])
  )
    return undefined;
  return `${base}${data["path"].slice(1)}` === decodedPath(location.pathname)
    ? data["loaderData"]
    : undefined;
}

/**
 * The browser's path is percent-encoded ("/%D0%BC%D0%B8%D1%80/"); the page's
 * is as paths.ts writes it ("/мир/"). A path that is not valid percent-encoding
 * stays as it is, and matches no page.
 */
function decodedPath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}
