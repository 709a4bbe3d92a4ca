// @vitest-environment node
// What `npm start` promises (README, "Deploying"): the answers a static host
// gives, whatever the library underneath.
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { request, type IncomingHttpHeaders, type Server } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, beforeEach, expect, test } from "vitest";
import { createStaticServer } from "./staticServer.ts";

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

async function serve(base?: string): Promise<number> {
  const server = createStaticServer({ root, base });
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
