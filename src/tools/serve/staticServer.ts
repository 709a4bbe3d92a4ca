/**
 * A static file server that answers like a plain static host or CDN (GitHub
 * Pages, S3, nginx): one file per URL, `/topics/` is `topics/index.html`,
 * `/topics` redirects to `/topics/`, and anything else is the site's 404 page.
 * It never falls back to index.html, so what works here works when deployed.
 *
 * sirv finds and sends the files; this wrapper adds what a host does on top:
 * the base path, the slash redirects, 404.html, cache headers, compression.
 *
 * @example
 * const server = createStaticServer({ root: "dist", base: "/dateline/" });
 * server.listen(4173, "127.0.0.1");
 */
import { realpathSync, statSync, type ReadStream } from "node:fs";
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from "node:http";
import { join, posix, resolve, sep } from "node:path";
import sirv from "sirv";
import { siteConfig } from "../build/siteConfig.ts";
import { CompressedFiles, preferredEncoding } from "./compression.ts";

export type StaticServerOptions = {
  /** The built site's folder. */
  root: string;
  /** The URL path the site is built for: "/" (the default) or e.g. "/dateline/". */
  base?: string | undefined;
};

/** Hashed file names change with their content, so a browser may keep them for good. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Pages, sw.js, the feed and the favicon keep their URLs: revalidate every time. */
const REVALIDATE = "no-cache";
/** Types worth compressing, and that need a charset: images and fonts are compressed already. */
const TEXT = /^text\/|[/+](json|xml)$/;

type Site = {
  root: string;
  base: string;
  files: ReturnType<typeof sirv>;
  compressed: CompressedFiles;
};

/**
 * A server for the site in `root`, served under `base`; not listening yet.
 * Throws if `base` is not a base path, checked as the build checks it.
 */
export function createStaticServer(options: StaticServerOptions): Server {
  const root = resolve(options.root);
  const site: Site = {
    root,
    base: siteConfig({ DATELINE_BASE: options.base }).base,
    // dev: look files up on each request, as the folder may be built (again)
    // after the server starts; sirv would otherwise list it once, at start.
    // No extensions: "/about" is not about.html, as it was not before.
    files: sirv(root, { dev: true, etag: true, extensions: [] }),
    compressed: new CompressedFiles(),
  };
  return createServer((request, response) => {
    try {
      respond(site, request, response);
    } catch (error) {
      console.error(
        `serve: ${request.method} ${request.url}: ${String(error)}`,
      );
      if (response.headersSent) response.destroy();
      else sendText(request, response, 500, "Internal Server Error");
    }
  });
}

function respond(
  site: Site,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  response.setHeader("X-Content-Type-Options", "nosniff");
  if (request.method !== "GET" && request.method !== "HEAD")
    return sendText(request, response, 405, "Method Not Allowed", {
      Allow: "GET, HEAD",
    });
  const target = request.url ?? "/";
  const at = target.indexOf("?");
  const pathname = at === -1 ? target : target.slice(0, at);
  const query = at === -1 ? "" : target.slice(at);
  const path = decodedPath(pathname);
  if (path === undefined)
    return sendText(request, response, 400, "Bad Request");

  if (path === site.base.slice(0, -1))
    return redirect(request, response, site.base + query);
  if (!path.startsWith(site.base) || !servable(path))
    return notFound(site, request, response);
  const relative = path.slice(site.base.length - 1);
  const file = relative.endsWith("/") ? `${relative}index.html` : relative;
  if (!relative.endsWith("/") && isFile(join(site.root, file, "index.html")))
    return redirect(request, response, `${sameSite(pathname)}/${query}`);
  if (leavesRoot(site.root, join(site.root, file)))
    return notFound(site, request, response);

  response.setHeader(
    "Cache-Control",
    file.startsWith("/assets/") ? IMMUTABLE : REVALIDATE,
  );
  request.url = file;
  sendFile(site, request, response, 200, () => {
    notFound(site, request, response);
  });
}

/**
 * The path decoded and normalised ("/a/../b" is "/b"; it cannot climb above
 * "/"), or undefined for malformed percent-encoding and NUL, which no file
 * name holds.
 */
function decodedPath(pathname: string): string | undefined {
  if (!pathname.startsWith("/")) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  return path.includes("\0") ? undefined : posix.normalize(path);
}

/**
 * No dotfiles. sirv reads "%" as encoding and "?" and "#" as the end of the
 * path, so a name holding them (no file of the site does) would reach a
 * different file there than here.
 */
function servable(path: string): boolean {
  return !/[%?#]|[/\\]\./.test(path);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // missing, or "feed.xml/x": a file is no folder
  }
}

/** A symbolic link inside the folder may point anywhere: only serve what is really inside. */
function leavesRoot(root: string, file: string): boolean {
  try {
    return !realpathSync(file).startsWith(realpathSync(root) + sep);
  } catch {
    return false; // not there: sirv answers 404
  }
}

/**
 * Browsers read a Location of "//host" or "/\host" as another site; "//x"
 * can reach us as a path, so collapse the leading slashes.
 */
function sameSite(pathname: string): string {
  return pathname.replace(/^[/\\]+/, "/");
}

function redirect(
  request: IncomingMessage,
  response: ServerResponse,
  location: string,
): void {
  sendText(request, response, 301, `Moved Permanently: ${location}`, {
    Location: location,
  });
}

/** 404.html with status 404; conditions and ranges asked of the missing URL do not apply to it. */
function notFound(
  site: Site,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  delete request.headers["if-none-match"];
  delete request.headers.range;
  response.setHeader("Cache-Control", REVALIDATE);
  request.url = "/404.html";
  sendFile(site, request, response, 404, () => {
    sendText(request, response, 404, "Not Found");
  });
}

/**
 * Lets sirv send the file, then adjusts its answer: the status (404.html is
 * sent as 404), a charset for text, and text compressed as br or gzip.
 *
 * sirv can only send .br/.gz copies lying beside the files, and writing those
 * is the build's job. On-the-fly br at full quality takes half a second for a
 * 300 kB bundle, and a fast setting would send (and the bench measure) bigger
 * files than a pre-compressing host. So text is compressed here, once per file
 * version at full quality, and kept in memory (compression.ts).
 */
function sendFile(
  site: Site,
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  missing: () => void,
): void {
  const encoding = preferredEncoding(request.headers["accept-encoding"]);
  let compress = false;
  const writeHead = response.writeHead.bind(response);
  // sirv calls writeHead(code, headers) for a file, writeHead(304) for a match.
  response.writeHead = (code: number, ...rest: unknown[]) => {
    const headers = isHeaders(rest[0]) ? rest[0] : {};
    const type = String(headers["Content-Type"] ?? "");
    if (TEXT.test(type.split(";")[0] ?? "")) {
      headers["Content-Type"] = `${type.split(";")[0]}; charset=utf-8`;
      headers["Vary"] = "Accept-Encoding";
      // Not for a 206: its Content-Range counts the plain bytes.
      compress = code === 200 && encoding !== undefined;
    }
    if (compress) {
      delete headers["Content-Length"];
      headers["Content-Encoding"] = encoding;
    }
    if (status !== 200) delete headers["ETag"];
    return writeHead(code === 200 ? status : code, headers);
  };
  const onPipe = (file: ReadStream) => {
    // An unreadable file costs its request, not the server.
    file.once("error", () => response.destroy());
    if (!compress || encoding === undefined) return;
    file.unpipe(response);
    file.destroy();
    site.compressed.get(String(file.path), encoding).then(
      (bytes) => response.end(bytes),
      () => response.destroy(),
    );
  };
  response.once("pipe", onPipe);
  site.files(request, response, () => {
    response.writeHead = writeHead;
    response.off("pipe", onPipe);
    missing();
  });
}

function isHeaders(value: unknown): value is OutgoingHttpHeaders {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": body.length,
    "Cache-Control": REVALIDATE,
  });
  response.end(request.method === "HEAD" ? undefined : body);
}
