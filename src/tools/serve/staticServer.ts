/**
 * The built site served as a plain static host serves it (GitHub Pages, S3,
 * nginx): `/topics/` is `topics/index.html`, `/topics` redirects there, and
 * anything else is 404.html with status 404. No fallback to index.html, so
 * what works here works when deployed.
 *
 * Kept libraries do the work: `sirv` finds and sends files (types, ETags,
 * ranges) and `compression` sends br or gzip. This wrapper adds only what a
 * host adds: the base path, the slash redirects, 404.html, cache headers,
 * the one header a page's <meta> policy cannot carry (frame-ancestors), no
 * file reached through a link out of the folder, and timeouts for slow clients.
 *
 * @example createStaticServer({ root: "dist", base: "/dateline/" }).listen(4173)
 */
import { readFile, realpath, stat } from "node:fs/promises";
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { join, posix, resolve, sep } from "node:path";
import { constants } from "node:zlib";
import compression from "compression";
import sirv from "sirv";
import { siteConfig } from "../build/siteConfig.ts";

export type StaticServerOptions = {
  root: string;
  /** "/" (the default) or e.g. "/dateline/", checked as the build checks it. */
  base?: string | undefined;
  /** SERVER_TIMEOUTS unless given; tests shorten them. */
  timeouts?: ServerTimeouts | undefined;
};

export type ServerTimeouts = {
  /** From connecting to the end of the request's headers. */
  headersMs: number;
  /** From connecting to the end of the whole request. */
  requestMs: number;
  /** How long a connection may sit idle between requests. */
  keepAliveMs: number;
  /** How often Node looks for connections over the first two. */
  checkEveryMs: number;
};

/**
 * Node's defaults (60 s for headers, 300 s for a request) let a slow client
 * hold a connection for minutes. A browser sends a GET's headers at once, so
 * 10 s is generous, and no request here has a body. Node checks the first two
 * only every `checkEveryMs`, so a deadline may be met up to a second late.
 */
export const SERVER_TIMEOUTS: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
  checkEveryMs: 1_000,
};

/**
 * A page's <meta> policy cannot say who may frame it, so the host sends that
 * part. Policies add up, and this one restricts nothing else, so it cannot
 * contradict the page's own.
 */
export const FRAME_ANCESTORS = "frame-ancestors 'self'";

const IMMUTABLE = "public, max-age=31536000, immutable";
/** Pages, sw.js and the feed keep their URLs, so a new edition must show at once. */
const REVALIDATE = "no-cache";

export function createStaticServer(options: StaticServerOptions): Server {
  const root = resolve(options.root);
  const base = siteConfig({ DATELINE_BASE: options.base }).base;
  const files = sirv(root, {
    // Look files up on each request: the bench and Lighthouse start the
    // server first and build into its folder afterwards.
    dev: true,
    etag: true,
    // "/about" is never about.html; folders are mapped to index.html below.
    extensions: [],
    setHeaders: (response, pathname) =>
      response.setHeader(
        "Cache-Control",
        pathname.startsWith("/assets/") ? IMMUTABLE : REVALIDATE,
      ),
  });
  // Quality 5 is what CDNs use on the fly: full quality costs half a second
  // on the vendor chunk, for every request.
  const compress = compression({
    level: 9,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
  });
  const timeouts = options.timeouts ?? SERVER_TIMEOUTS;
  return createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      connectionsCheckingInterval: timeouts.checkEveryMs,
    },
    (request, response) => {
      // Every answer, 404s and redirects too: any of them can be framed.
      response.setHeader("Content-Security-Policy", FRAME_ANCESTORS);
      compress(request, response, () => {
        answer({ root, base, files }, request, response).catch(() => {
          if (!response.headersSent) sendText(request, response, 500, "Error");
          else response.destroy();
        });
      });
    },
  );
}

type Site = { root: string; base: string; files: ReturnType<typeof sirv> };

async function answer(
  site: Site,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  response.setHeader("X-Content-Type-Options", "nosniff");
  if (request.method !== "GET" && request.method !== "HEAD")
    return sendText(request, response, 405, "Method Not Allowed", {
      Allow: "GET, HEAD",
    });
  const [pathname = "/", query = ""] = (request.url ?? "/").split(/(?=\?)/);
  const path = decodedPath(pathname);
  if (path === undefined)
    return sendText(request, response, 400, "Bad Request");
  if (path === site.base.slice(0, -1))
    return redirect(request, response, site.base + query);
  if (!path.startsWith(site.base) || !servable(path))
    return notFound(site, request, response);

  const inSite = path.slice(site.base.length - 1);
  const file = inSite.endsWith("/") ? `${inSite}index.html` : inSite;
  const real = await realFile(site.root, file);
  if (real === undefined && !inSite.endsWith("/")) {
    if ((await realFile(site.root, `${inSite}/index.html`)) !== undefined)
      return redirect(request, response, `${sameSite(pathname)}/${query}`);
  }
  if (real === undefined) return notFound(site, request, response);
  request.url = file;
  site.files(request, response, () => void notFound(site, request, response));
}

/**
 * Decoded once and normalised, so "/a/../b" is "/b" and cannot climb above
 * "/"; undefined for malformed percent-encoding or NUL, which no name holds.
 */
function decodedPath(pathname: string): string | undefined {
  try {
    const path = decodeURIComponent(pathname);
    return path.startsWith("/") && !path.includes("\0")
      ? posix.normalize(path)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * No dotfiles, and no name holding "%", "?", "#" or "\": no file of the
 * site has one, and sirv would decode or cut the path a second time.
 */
function servable(path: string): boolean {
  return !/[%?#\\]|\/\./.test(path);
}

/**
 * The file's real path if it is a file inside the root: a link may point
 * anywhere, or in a circle (realpath fails with ELOOP: not found, like any
 * other path that leads nowhere).
 */
async function realFile(
  root: string,
  file: string,
): Promise<string | undefined> {
  try {
    const [realRoot, real] = await Promise.all([
      realpath(root),
      realpath(join(root, file)),
    ]);
    const inside = real.startsWith(realRoot + sep);
    return inside && (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/** Browsers read a Location of "//host" or "/\host" as another site. */
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

/** sirv can only answer 200, so 404.html is sent here, if it is a file of the site. */
async function notFound(
  site: Site,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const real = await realFile(site.root, "404.html");
  const page =
    real === undefined
      ? undefined
      : await readFile(real).catch(() => undefined);
  if (page === undefined) return sendText(request, response, 404, "Not Found");
  response.writeHead(404, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": page.length,
    "Cache-Control": REVALIDATE,
  });
  response.end(request.method === "HEAD" ? undefined : page);
}

function sendText(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  const body = Buffer.from(`${text}\n`);
  response.writeHead(status, {
    ...headers,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": body.length,
    "Cache-Control": REVALIDATE,
  });
  response.end(request.method === "HEAD" ? undefined : body);
}
