// @vitest-environment node
// What `npm start` promises (README, "Deploying"): the answers a static host
// gives, whatever the library underneath.
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { request, type IncomingHttpHeaders, type Server } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, beforeEach, expect, test } from "vitest";
import {
  createStaticServer,
  SERVER_TIMEOUTS,
  type ServerTimeouts,
} from "./staticServer.ts";

const FRONT_PAGE = "<!doctype html><title>Front page</title>";
const TOPICS = "<!doctype html><title>Topics</title>";
const NOT_FOUND = "<!doctype html><title>Not found</title>";
/** Long and repetitive, so that compression visibly pays. */
const SCRIPT = "export const story = 'Moscow';\n".repeat(200);
const SECRET = "TOP SECRET: outside the site";

let temp = "";
let root = "";
const servers: Server[] = [];

async function put(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
}

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), "dateline-serve-"));
  root = join(temp, "site");
  await put(join(root, "index.html"), FRONT_PAGE);
  await put(join(root, "topics/index.html"), TOPICS);
  await put(join(root, "404.html"), NOT_FOUND);
  await put(join(root, "assets/app-abc123.js"), SCRIPT);
  await put(join(root, "sw.js"), SCRIPT);
  await put(join(root, ".env"), SECRET);
  // Beside the site: what a traversal would be after.
  await put(join(temp, "secret.txt"), SECRET);
});

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await rm(temp, { recursive: true, force: true });
});

async function serve(
  base?: string,
  timeouts?: ServerTimeouts,
  siteRoot: string = root,
): Promise<number> {
  const server = createStaticServer({ root: siteRoot, base, timeouts });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string")
    throw new Error("the server has no port");
  return address.port;
}

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/**
 * The path is sent exactly as written and the body kept as it came: fetch
 * would normalise "/%2e%2e/" away and decompress the body.
 */
function get(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: "127.0.0.1", port, path, agent: false, ...options },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          });
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end();
  });
}

test("pages are served at their trailing-slash URLs, as HTML in UTF-8", async () => {
  const port = await serve();
  for (const [path, page] of [
    ["/", FRONT_PAGE],
    ["/topics/", TOPICS],
  ] as const) {
    const answer = await get(port, path);
    expect(answer.status, path).toBe(200);
    expect(answer.headers["content-type"]).toMatch(
      /^text\/html; ?charset=utf-8$/,
    );
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.body.toString()).toBe(page);
  }
});

test("a folder without its slash redirects to it, keeping the query", async () => {
  const port = await serve();
  const answer = await get(port, "/topics?ref=feed");
  expect(answer.status).toBe(301);
  expect(answer.headers.location).toBe("/topics/?ref=feed");
});

test("a redirect never points to another site", async () => {
  await put(join(root, "evil.example/index.html"), FRONT_PAGE);
  // On Linux a backslash is part of a name, so this folder can exist.
  await put(join(root, "\\evil.example/index.html"), FRONT_PAGE);
  const port = await serve();
  for (const path of ["//evil.example", "///evil.example"]) {
    const answer = await get(port, path);
    expect(answer.status, path).toBe(301);
    // "//host" and "/\host" are read by browsers as another site.
    expect(answer.headers.location, path).toMatch(/^\/[^/\\]/);
  }
  // No file of the site has a backslash in its name: not found, not redirected.
  expect((await get(port, "/\\evil.example")).status).toBe(404);
});

test("an unknown path is a 404 with the site's 404 page, never index.html", async () => {
  const port = await serve();
  for (const path of ["/nope/", "/nope", "/topics/nowhere/", "/assets/"]) {
    const answer = await get(port, path);
    expect(answer.status, path).toBe(404);
    expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(answer.headers["cache-control"]).toBe("no-cache");
    // A validator would let a browser keep the 404 when the page appears.
    expect(answer.headers.etag).toBeUndefined();
    expect(answer.body.toString(), path).toBe(NOT_FOUND);
  }
});

test("without a 404.html the 404 is a short plain text", async () => {
  await rm(join(root, "404.html"));
  const port = await serve();
  const answer = await get(port, "/nope/");
  expect(answer.status).toBe(404);
  expect(answer.body.toString()).toBe("Not Found\n");
});

test("no path reaches a file outside the folder, or a dotfile in it", async () => {
  await symlink(join(temp, "secret.txt"), join(root, "linked.txt"));
  const port = await serve();
  for (const path of [
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2e%2e%2fsecret.txt",
    "/..%2fsecret.txt",
    "/..%5csecret.txt",
    "/topics/..%2f..%2fsecret.txt",
    "/%252e%252e/secret.txt",
    "/%252e%252e%252fsecret.txt",
    "/.env",
    "/%2eenv",
    "/linked.txt",
  ]) {
    const answer = await get(port, path);
    expect(answer.status, path).toBe(404);
    expect(answer.body.toString(), path).not.toContain(SECRET);
  }
});

test("NUL bytes and malformed percent-encoding are a bad request", async () => {
  const port = await serve();
  for (const path of ["/%00", "/index.html%00.js", "/%E0%A4%A", "/%zz/"]) {
    const answer = await get(port, path);
    expect(answer.status, path).toBe(400);
    expect(answer.body.toString(), path).not.toContain(SECRET);
  }
});

test("a site built for a sub-path is served under it, and only there", async () => {
  const port = await serve("/dateline/");
  expect((await get(port, "/dateline/")).body.toString()).toBe(FRONT_PAGE);
  expect((await get(port, "/dateline/topics")).headers.location).toBe(
    "/dateline/topics/",
  );
  expect((await get(port, "/dateline")).headers.location).toBe("/dateline/");
  for (const path of ["/", "/topics/", "/datelinex/", "/dateline/../"]) {
    const outside = await get(port, path);
    expect(outside.status, path).toBe(404);
    expect(outside.body.toString(), path).toBe(NOT_FOUND);
  }
});

test("a base path is checked as the build checks it", () => {
  for (const base of ["dateline/", "/dateline", "/date line/"])
    expect(() => createStaticServer({ root, base }), base).toThrow(
      /DATELINE_BASE/,
    );
});

test("hashed assets are cached for good; pages and sw.js revalidate", async () => {
  const port = await serve();
  expect((await get(port, "/assets/app-abc123.js")).headers).toMatchObject({
    "cache-control": "public, max-age=31536000, immutable",
    "content-type": "text/javascript",
  });
  // A page reached through the assets folder is still a page.
  for (const path of ["/", "/sw.js", "/assets/%2e%2e/index.html"]) {
    const answer = await get(port, path);
    expect(answer.status, path).toBe(200);
    expect(answer.headers["cache-control"], path).toBe("no-cache");
  }
});

test("files are sent with the type their extension says, text compressed", async () => {
  const types = new Map([
    ["manifest.webmanifest", "application/manifest+json"],
    ["feed.xml", "text/xml"],
    ["favicon.svg", "image/svg+xml"],
    ["data/index.json", "application/json"],
    ["assets/app-abc123.css", "text/css"],
    ["icons/icon-192.png", "image/png"],
  ]);
  for (const file of types.keys()) await put(join(root, file), SCRIPT);
  const port = await serve();
  for (const [file, type] of types) {
    const answer = await get(port, `/${file}`, {
      headers: { "accept-encoding": "br" },
    });
    expect(answer.headers["content-type"], file).toBe(type);
    // Images are compressed already: a second pass only costs time.
    expect(answer.headers["content-encoding"], file).toBe(
      type === "image/png" ? undefined : "br",
    );
  }
});

test("text is sent as br or gzip when the browser takes it", async () => {
  const port = await serve();
  const decoders = { br: brotliDecompressSync, gzip: gunzipSync };
  for (const [accept, encoding] of [
    ["gzip, deflate, br", "br"],
    ["br;q=0, gzip", "gzip"],
  ] as const) {
    const answer = await get(port, "/assets/app-abc123.js", {
      headers: { "accept-encoding": accept },
    });
    expect(answer.headers["content-encoding"], accept).toBe(encoding);
    expect(answer.headers.vary).toBe("Accept-Encoding");
    expect(answer.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(decoders[encoding](answer.body).toString()).toBe(SCRIPT);
  }
  const plain = await get(port, "/assets/app-abc123.js");
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.body.toString()).toBe(SCRIPT);
});

test("HEAD sends the headers a GET would, and no body", async () => {
  const port = await serve();
  for (const headers of [{}, { "accept-encoding": "br" }]) {
    const head = await get(port, "/topics/", { method: "HEAD", headers });
    const full = await get(port, "/topics/", { headers });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of [
      "content-type",
      "content-encoding",
      "content-length",
      "cache-control",
      "etag",
    ])
      expect(head.headers[name], name).toBe(full.headers[name]);
  }
  const missing = await get(port, "/nope/", { method: "HEAD" });
  expect(missing.status).toBe(404);
  expect(missing.body.length).toBe(0);
});

test("other methods are not allowed", async () => {
  const port = await serve();
  const answer = await get(port, "/", { method: "POST" });
  expect(answer.status).toBe(405);
  expect(answer.headers.allow).toBe("GET, HEAD");
});

test("a link that leads out of the folder, or in a circle, is not found, and nothing it leads to is sent", async () => {
  await put(join(temp, "elsewhere/index.html"), SECRET);
  await put(join(temp, "elsewhere/page.html"), SECRET);
  await symlink(join(temp, "elsewhere"), join(root, "linked-folder"));
  await symlink(join(temp, "secret.txt"), join(root, "topics/linked.html"));
  // Above the folder by a relative link, as a careless deploy script makes one.
  await symlink("../..", join(root, "topics/up"));
  await symlink("loop-b", join(root, "loop-a"));
  await symlink("loop-a", join(root, "loop-b"));
  await symlink("itself", join(root, "itself"));
  await symlink("loop-a/index.html", join(root, "into-loop"));
  const port = await serve();
  for (const path of [
    "/linked-folder/",
    "/linked-folder",
    "/linked-folder/page.html",
    "/topics/linked.html",
    "/topics/up/secret.txt",
    "/topics/up/site/../secret.txt",
    "/loop-a",
    "/loop-a/",
    "/loop-b/index.html",
    "/itself",
    "/itself/",
    "/into-loop",
  ]) {
    const answer = await get(port, path);
    expect(answer.status, path).toBe(404);
    expect(answer.body.toString(), path).toBe(NOT_FOUND);
  }
});

test("a 404.html that links out of the folder is not sent, nor one that links to itself", async () => {
  await rm(join(root, "404.html"));
  await symlink(join(temp, "secret.txt"), join(root, "404.html"));
  const port = await serve();
  const outside = await get(port, "/nope/");
  expect(outside.status).toBe(404);
  expect(outside.body.toString()).toBe("Not Found\n");

  await rm(join(root, "404.html"));
  await symlink("404.html", join(root, "404.html"));
  const circle = await get(port, "/nope/");
  expect(circle.status).toBe(404);
  expect(circle.body.toString()).toBe("Not Found\n");
});

test("links that stay inside the folder are followed, and the folder itself may be a link", async () => {
  await symlink("index.html", join(root, "topics/front.html"));
  const linkedRoot = join(temp, "current");
  await symlink(root, linkedRoot);
  const port = await serve(undefined, undefined, linkedRoot);
  expect((await get(port, "/")).body.toString()).toBe(FRONT_PAGE);
  expect((await get(port, "/topics/")).body.toString()).toBe(TOPICS);
  expect((await get(port, "/topics/front.html")).body.toString()).toBe(TOPICS);
  expect((await get(port, "/nope/")).body.toString()).toBe(NOT_FOUND);
});

test("every answer says that only the site may frame it, which a page's own policy cannot say", async () => {
  const port = await serve("/dateline/");
  for (const [path, method, status] of [
    ["/dateline/", "GET", 200],
    ["/dateline/", "HEAD", 200],
    ["/dateline/topics", "GET", 301],
    ["/dateline/nope/", "GET", 404],
    ["/dateline/%zz", "GET", 400],
    ["/dateline/", "POST", 405],
  ] as const) {
    const answer = await get(port, path, { method });
    expect(answer.status, `${method} ${path}`).toBe(status);
    expect(answer.headers["content-security-policy"], `${method} ${path}`).toBe(
      "frame-ancestors 'self'",
    );
  }
  const { headers } = await get(port, "/dateline/");
  const revalidated = await get(port, "/dateline/", {
    headers: { "if-none-match": String(headers.etag) },
  });
  expect(revalidated.status).toBe(304);
  expect(revalidated.headers["content-security-policy"]).toBe(
    "frame-ancestors 'self'",
  );
});

test("slow clients are cut off after about 10 s for headers, 30 s for a request and 5 s idle", () => {
  const server = createStaticServer({ root });
  servers.push(server);
  expect(SERVER_TIMEOUTS).toMatchObject({
    headersMs: 10_000,
    requestMs: 30_000,
    keepAliveMs: 5_000,
  });
  expect(server.headersTimeout).toBe(10_000);
  expect(server.requestTimeout).toBe(30_000);
  expect(server.keepAliveTimeout).toBe(5_000);
});

/** Short deadlines, so real sockets can be seen to meet them. */
const SHORT: ServerTimeouts = {
  headersMs: 300,
  requestMs: 800,
  keepAliveMs: 200,
  checkEveryMs: 100,
};

/**
 * Opens a socket and writes `chunks` one every `everyMs`, for far longer
 * than any deadline above. Resolves when the server closes it: the status
 * lines it sent, and how long the socket stayed open.
 */
function dribble(
  port: number,
  chunks: string[],
  everyMs: number,
): Promise<{ statuses: string[]; openMs: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const socket = connect(port, "127.0.0.1");
    let received = "";
    let next = 0;
    const timer = setInterval(() => {
      const chunk = chunks[next++];
      if (chunk !== undefined && !socket.destroyed) socket.write(chunk);
    }, everyMs);
    socket.on("data", (data: Buffer) => (received += data.toString()));
    // The server may reset a socket it cut off while this side still writes.
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearInterval(timer);
      resolve({
        statuses: received.split("\r\n").filter((line) => /^HTTP\//.test(line)),
        openMs: performance.now() - start,
      });
    });
    setTimeout(() => {
      socket.destroy();
      reject(new Error("the server kept the slow client's socket open"));
    }, 4_000).unref();
  });
}

test("a client sending its headers a line at a time gets 408 once the headers deadline passes", async () => {
  const port = await serve(undefined, SHORT);
  const lines = Array.from({ length: 200 }, (_, index) =>
    index === 0 ? "GET / HTTP/1.1\r\nHost: x\r\n" : `X-Line-${index}: y\r\n`,
  );
  const { statuses, openMs } = await dribble(port, lines, 50);
  expect(statuses).toEqual(["HTTP/1.1 408 Request Timeout"]);
  expect(openMs).toBeGreaterThanOrEqual(SHORT.headersMs - 50);
});

test("a client sending a request body a byte at a time is cut off at the request deadline", async () => {
  const port = await serve(undefined, SHORT);
  const body = Array.from({ length: 200 }, () => "a");
  const { openMs } = await dribble(
    port,
    ["GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 200\r\n\r\n", ...body],
    50,
  );
  expect(openMs).toBeGreaterThanOrEqual(SHORT.requestMs - 50);
});

test("an idle connection is closed after the keep-alive timeout", async () => {
  const port = await serve(undefined, SHORT);
  const { statuses } = await dribble(
    port,
    ["GET / HTTP/1.1\r\nHost: x\r\n\r\n"],
    10,
  );
  expect(statuses).toEqual(["HTTP/1.1 200 OK"]);
});
