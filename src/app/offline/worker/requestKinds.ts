/** Which of the worker's caches a request belongs to, decided from its URL alone. */

export type RequestKind =
  /** A page the reader opens (a navigation). */
  | "page"
  /** The route loaders' data files (data/…/*.json). */
  | "data"
  /** Pagefind's files whose names carry a hash of their content: never change. */
  | "search-immutable"
  /** Pagefind's entry files (pagefind.js, pagefind-entry.json…): change with each build. */
  | "search"
  /** The reading face a reader chose (assets/*.woff2): named after its content, never precached. */
  | "font"
  /** Anything else: the network as usual. */
  | "other";

/**
 * @param scope the worker's scope, e.g. "https://news.example.org/dateline/"
 * @example requestKind(new URL("https://x.org/pagefind/index/en_3f2a.pf_index"), "https://x.org/", "") === "search-immutable"
 */
export function requestKind(
  url: URL,
  scope: string,
  mode: RequestMode | "",
): RequestKind {
  if (mode === "navigate") return "page";
  if (!url.href.startsWith(scope)) return "other";
  const path = url.pathname.slice(new URL(scope).pathname.length);
  if (path.startsWith("data/") && path.endsWith(".json")) return "data";
  if (path.startsWith("pagefind/"))
    // Pagefind names its index, fragment, filter and meta chunks after their content.
    return /\.pf_\w+$/.test(path) ? "search-immutable" : "search";
  if (path.startsWith("assets/") && path.endsWith(".woff2")) return "font";
  return "other";
}

/**
 * A reader whose browser asks to save data gets what is already on the
 * device first, and the network only for what is not.
 * @example prefersSavingData(new Request("/", { headers: { "Save-Data": "on" } }), undefined) === true
 */
export function prefersSavingData(
  request: Pick<Request, "headers">,
  connection: { saveData?: boolean } | undefined,
): boolean {
  return (
    request.headers.get("Save-Data")?.toLowerCase() === "on" ||
    connection?.saveData === true
  );
}
