/**
 * A static file server that answers like a plain static host or CDN (GitHub
 * Pages, S3, nginx): one file per URL, `/topics/` is `topics/index.html`,
 * `/topics` redirects to `/topics/`, and anything else is the site's 404 page.
 * It never falls back to index.html, so what works here works when deployed.
 *
 *     const server = createStaticServer({ root: "dist", base: "/dateline/" });
 *     server.listen(4173, "127.0.0.1");
 *
 * Node only; it stays out of the app.
 */
import type { Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { join, resolve, sep } from "node:path";
import { CompressedFiles, preferredEncoding } from "./compression.ts";
import { contentTypeFor } from "./contentTypes.ts";

export type StaticServerOptions = {
  /** The built site's folder. */
  root: string;
  /** The URL path the site is built for: "/" (the default) or e.g. "/dateline/". */
  base?: string;
};

/** Hashed file names change with their content, so a browser may keep them for good. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Pages, the feed and the favicon keep their URLs: revalidate every time. */
const REVALIDATE = "no-cache";
const PLAIN_TEXT = "text/plain; charset=utf-8";

type Site = { root: string; base: string; compressed: CompressedFiles };

/** What a request asks for, once its path is checked against the folder. */
type Resolution =
  | { kind: "file"; path: string; stats: Stats; immutable: boolean }
  | { kind: "redirect"; location: string }
  | { kind: "not-found" }
  | { kind: "bad-request" };

/** A base path starts and ends with a slash: "/", "/dateline/". */
export function isBasePath(value: string): boolean {
  return value.startsWith("/") && value.endsWith("/");
}

/**
 * A server for the site in `root`, served under `base`; not listening yet.
 * Throws if `base` is not a base path.
 */
export function createStaticServer(options: StaticServerOptions): Server {
  const base = options.base ?? "/";
  if (!isBasePath(base))
    throw new TypeError(
      `base "${base}" must start and end with "/", e.g. /dateline/`,
    );
  const site: Site = {
    root: resolve(options.root),
    base,
    compressed: new CompressedFiles(),
  };
  return createServer((request, response) => {
    respond(site, request, response).catch((error: unknown) => {
      failed(request, response, error);
    });
  });
}

async function respond(
  site: Site,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  response.setHeader("X-Content-Type-Options", "nosniff");
  if (request.method !== "GET" && request.method !== "HEAD") {
    sendText(request, response, 405, "Method Not Allowed", {
      Allow: "GET, HEAD",
    });
    return;
  }
  const resolution = await resolveRequest(site, request.url ?? "/");
  switch (resolution.kind) {
    case "file":
      await sendFile(site, request, response, resolution);
      return;
    case "redirect":
      sendRedirect(request, response, resolution.location);
      return;
    case "not-found":
      await sendNotFound(site, request, response);
      return;
    case "bad-request":
      sendText(request, response, 400, "Bad Request");
      return;
  }
}

async function resolveRequest(site: Site, url: string): Promise<Resolution> {
  const { pathname, query } = splitTarget(url);
  // Absolute-form targets ("http://host/x") and "*" are for proxies, not us.
  if (!pathname.startsWith("/")) return { kind: "bad-request" };
  const path = decodedPath(pathname);
  if (path === undefined) return { kind: "bad-request" };
  if (path === site.base.slice(0, -1))
    return { kind: "redirect", location: site.base + query };
  if (!path.startsWith(site.base)) return { kind: "not-found" };

  const relative = path.slice(site.base.length);
  const isFolder = relative === "" || relative.endsWith("/");
  const file = fileInside(
    site.root,
    isFolder ? `${relative}index.html` : relative,
  );
  if (file === undefined) return { kind: "not-found" };
  const stats = await statIfExists(file);
  if (stats?.isFile())
    return {
      kind: "file",
      path: file,
      stats,
      // From the file, not the URL: "assets/../index.html" is a page.
      immutable: file.startsWith(join(site.root, "assets") + sep),
    };
  if (!isFolder && stats?.isDirectory()) {
    const index = await statIfExists(join(file, "index.html"));
    if (index?.isFile())
      return { kind: "redirect", location: `${sameSite(pathname)}/${query}` };
  }
  return { kind: "not-found" };
}

/** The path and the query (with its "?", or ""), left encoded as sent. */
function splitTarget(url: string): { pathname: string; query: string } {
  const at = url.indexOf("?");
  return at === -1
    ? { pathname: url, query: "" }
    : { pathname: url.slice(0, at), query: url.slice(at) };
}

/** Undefined for malformed percent-encoding and for NUL, which no file name holds. */
function decodedPath(pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  return path.includes("\0") ? undefined : path;
}

/**
 * The file for a path below the root, or undefined if the path climbs out of
 * it: "..", "%2e%2e" and "..%2f" all arrive here decoded.
 */
function fileInside(root: string, relative: string): string | undefined {
  const file = join(root, relative);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/**
 * Browsers read a Location of "//host" or "/\host" as another site; "//x"
 * can reach us as a path, so collapse the leading slashes.
 */
function sameSite(pathname: string): string {
  return pathname.replace(/^[/\\]+/, "/");
}

async function statIfExists(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** Errors that mean "no such file here", as opposed to a broken one. */
const MISSING = new Set(["ENOENT", "ENOTDIR", "ENAMETOOLONG"]);

function isMissing(error: unknown): boolean {
  return (
    error instanceof Error && "code" in error && MISSING.has(String(error.code))
  );
}

/**
 * One weak ETag for every encoding of a file: the br and gzip bytes differ but
 * mean the same thing, which is what "weak" says (nginx does the same).
 */
function etagFor(stats: Stats): string {
  return `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
}

/** If-None-Match compares weakly: W/"x" matches "x". */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header
    .split(",")
    .some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

async function sendFile(
  site: Site,
  request: IncomingMessage,
  response: ServerResponse,
  file: { path: string; stats: Stats; immutable: boolean },
  status = 200,
): Promise<void> {
  const { type, compressible } = contentTypeFor(file.path);
  const headers: Record<string, string | number> = {
    "Content-Type": type,
    "Cache-Control": file.immutable ? IMMUTABLE : REVALIDATE,
  };
  if (compressible) headers["Vary"] = "Accept-Encoding";
  // Error pages are not cached by validators: the next request may succeed.
  if (status === 200) {
    const etag = etagFor(file.stats);
    headers["ETag"] = etag;
    if (matchesEtag(request.headers["if-none-match"], etag)) {
      delete headers["Content-Type"];
      response.writeHead(304, headers);
      response.end();
      return;
    }
  }

  const encoding = compressible
    ? preferredEncoding(request.headers["accept-encoding"])
    : undefined;
  const isHead = request.method === "HEAD";
  let body: Buffer | undefined;
  if (encoding !== undefined) {
    // Needed for HEAD too: Content-Length is the compressed size.
    body = await site.compressed.get(file.path, file.stats, encoding);
    headers["Content-Encoding"] = encoding;
  } else if (!isHead) {
    body = await readFile(file.path);
  }
  headers["Content-Length"] = body?.length ?? file.stats.size;
  response.writeHead(status, headers);
  response.end(isHead ? undefined : body);
}

async function sendNotFound(
  site: Site,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = join(site.root, "404.html");
  const stats = await statIfExists(path);
  if (stats?.isFile())
    await sendFile(
      site,
      request,
      response,
      { path, stats, immutable: false },
      404,
    );
  else sendText(request, response, 404, "Not Found");
}

function sendRedirect(
  request: IncomingMessage,
  response: ServerResponse,
  location: string,
): void {
  sendText(request, response, 301, `Moved Permanently: ${location}`, {
    Location: location,
  });
}

function sendText(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
): void {
  const body = Buffer.from(`${text}\n`);
  response.writeHead(status, {
    ...extra,
    "Content-Type": PLAIN_TEXT,
    "Content-Length": body.length,
    "Cache-Control": REVALIDATE,
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

/** A broken file should cost one request, not the server. */
function failed(
  request: IncomingMessage,
  response: ServerResponse,
  error: unknown,
): void {
  console.error(`serve: ${request.method} ${request.url}: ${String(error)}`);
  if (response.headersSent) response.destroy();
  else sendText(request, response, 500, "Internal Server Error");
}
