// @vitest-environment node
import {
  mkdir,
  mkdtemp,
  readFile,
  rm,
  symlink,
  writeFile,
} from "node:fs/promises";
import { request, type IncomingHttpHeaders, type Server } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { createStaticServer } from "./staticServer.ts";

const FRONT_PAGE = "<!doctype html><title>Front page</title><h1>Dateline</h1>";
const TOPICS = "<!doctype html><title>Topics</title><h1>Topics</h1>";
const RUSSIA = "<!doctype html><title>Russia</title><h1>Russia</h1>";
const NOT_FOUND = "<!doctype html><title>Not found</title><h1>Not found</h1>";
/** Long and repetitive, so that compression visibly pays. */
const SCRIPT = "export const story = 'Moscow';\n".repeat(200);
const FEED = '<?xml version="1.0"?><feed><title>Dateline</title></feed>';
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
const SECRET = "TOP SECRET: outside the site";

let temp = "";
let root = "";
const servers: Server[] = [];

async function put(path: string, data: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
}

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), "dateline-serve-"));
  root = join(temp, "site");
  await put(join(root, "index.html"), FRONT_PAGE);
  await put(join(root, "topics/index.html"), TOPICS);
  await put(join(root, "topics/russia/index.html"), RUSSIA);
  await put(join(root, "404.html"), NOT_FOUND);
  await put(join(root, "assets/app-abc123.js"), SCRIPT);
  await put(join(root, "feed.xml"), FEED);
  await put(join(root, "screenshot.png"), PNG);
  await put(join(root, "data.bin"), "raw");
  // Beside the site: what a traversal would be after.
  await put(join(temp, "secret.txt"), SECRET);
  await put(join(temp, "site-private/secret.txt"), SECRET);
});

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await rm(temp, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** Starts a server on a free port and returns that port. */
async function serve(base?: string): Promise<number> {
  const server = createStaticServer(
    base === undefined ? { root } : { root, base },
  );
  servers.push(server);
  await new Promise<void>((resolve) => {
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (address === null || typeof address === "string")
    throw new Error("the server has no port");
  return address.port;
}

function get(port: number, path: string, init: RequestInit = {}) {
  return fetch(`http://127.0.0.1:${port}${path}`, {
    redirect: "manual",
    ...init,
  });
}

type RawResponse = {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
};

/**
 * A request with the path sent exactly as written and the body left as it
 * came: fetch would normalise "/%2e%2e/" away and decompress the body.
 */
function raw(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: options.method ?? "GET",
        headers: options.headers ?? {},
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          });
        });
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end();
  });
}

test("pages are served at their trailing-slash URLs", async () => {
  const port = await serve();
  for (const [path, page] of [
    ["/", FRONT_PAGE],
    ["/topics/", TOPICS],
    ["/topics/russia/", RUSSIA],
    ["/topics/russia/index.html", RUSSIA],
  ] as const) {
    const response = await get(port, path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "text/html; charset=utf-8",
    );
    expect(await response.text()).toBe(page);
  }
});

test("a page URL without its trailing slash redirects, keeping the query", async () => {
  const port = await serve();
  const response = await get(port, "/topics/russia?ref=feed&x=1");
  expect(response.status).toBe(301);
  expect(response.headers.get("location")).toBe("/topics/russia/?ref=feed&x=1");
  expect((await get(port, "/topics")).headers.get("location")).toBe("/topics/");
});

test("a redirect cannot be turned into one to another site", async () => {
  await put(join(root, "evil.com/index.html"), FRONT_PAGE);
  // On Linux a backslash is part of a name, so this folder can exist.
  await put(join(root, "\\evil.com/index.html"), FRONT_PAGE);
  const port = await serve();
  for (const path of ["//evil.com", "///evil.com", "/\\evil.com"]) {
    const response = await raw(port, path);
    expect(response.status, path).toBe(301);
    expect(response.headers.location, path).toMatch(/^\/[^/\\]/);
  }
});

test("unknown paths are 404 with the site's 404 page", async () => {
  const port = await serve();
  for (const path of ["/nope/", "/nope.html", "/topics/nowhere", "/nope?q"]) {
    const response = await get(port, path);
    expect(response.status, path).toBe(404);
    expect(response.headers.get("content-type")).toBe(
      "text/html; charset=utf-8",
    );
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toBe(NOT_FOUND);
  }
});

test("nothing falls back to index.html", async () => {
  const port = await serve();
  for (const path of [
    "/topics/russia/extra/",
    "/topics/ukraine/",
    "/assets/missing-123.js",
    "/assets/",
    "/story/some-slug",
  ]) {
    const response = await get(port, path);
    expect(response.status, path).toBe(404);
    expect(await response.text(), path).not.toContain("Front page");
  }
});

test("without a 404.html the 404 is a short plain text", async () => {
  await rm(join(root, "404.html"));
  const port = await serve();
  const response = await get(port, "/nope/");
  expect(response.status).toBe(404);
  expect(response.headers.get("content-type")).toBe(
    "text/plain; charset=utf-8",
  );
  expect(await response.text()).toBe("Not Found\n");
});

test("paths that climb out of the folder find nothing", async () => {
  const port = await serve();
  for (const path of [
    "/../secret.txt",
    "/..%2fsecret.txt",
    "/..%2F..%2Fetc/passwd",
    "/%2e%2e/secret.txt",
    "/%2e%2e%2fsecret.txt",
    "/topics/..%2f..%2fsecret.txt",
    "/..%5csecret.txt",
    "/..%2fsite-private/secret.txt",
    "/%2f..%2fsecret.txt",
  ]) {
    const response = await raw(port, path);
    expect(response.status, path).toBe(404);
    expect(response.body.toString(), path).not.toContain(SECRET);
  }
});

test("dot segments that stay inside the folder still reach their file", async () => {
  const port = await serve();
  const response = await raw(port, "/topics/%2e%2e/topics/russia/");
  expect(response.status).toBe(200);
  expect(response.body.toString()).toBe(RUSSIA);
});

test("malformed percent-encoding and NUL bytes are a bad request", async () => {
  const port = await serve();
  for (const path of ["/%E0%A4%A", "/%zz/", "/index.html%00.js", "/%00"]) {
    const response = await raw(port, path);
    expect(response.status, path).toBe(400);
    expect(response.headers["content-type"]).toBe("text/plain; charset=utf-8");
  }
});

test("percent-encoded names reach their files", async () => {
  await put(join(root, "topics/south korea/index.html"), "Korea");
  const port = await serve();
  const response = await get(port, "/topics/south%20korea/");
  expect(response.status).toBe(200);
  expect(await response.text()).toBe("Korea");
});

test("a site built for a sub-path is served under it, and only there", async () => {
  const port = await serve("/dateline/");

  const front = await get(port, "/dateline/");
  expect(front.status).toBe(200);
  expect(await front.text()).toBe(FRONT_PAGE);
  expect(await (await get(port, "/dateline/topics/russia/")).text()).toBe(
    RUSSIA,
  );

  const bare = await get(port, "/dateline?edition=today");
  expect(bare.status).toBe(301);
  expect(bare.headers.get("location")).toBe("/dateline/?edition=today");
  expect((await get(port, "/dateline/topics")).headers.get("location")).toBe(
    "/dateline/topics/",
  );

  for (const path of ["/", "/topics/russia/", "/datelinex/", "/feed.xml"]) {
    const outside = await get(port, path);
    expect(outside.status, path).toBe(404);
    expect(await outside.text(), path).toBe(NOT_FOUND);
  }
  const escape = await raw(port, "/dateline/..%2f..%2fsecret.txt");
  expect(escape.status).toBe(404);
  expect(escape.body.toString()).not.toContain(SECRET);
});

test("a base path must start and end with a slash", () => {
  for (const base of ["dateline/", "/dateline", ""])
    expect(() => createStaticServer({ root, base }), base).toThrow(
      /must start and end with "\/"/,
    );
});

test("text is sent as br when the browser takes it", async () => {
  const port = await serve();
  const response = await raw(port, "/assets/app-abc123.js", {
    headers: { "accept-encoding": "gzip, deflate, br" },
  });
  expect(response.status).toBe(200);
  expect(response.headers["content-encoding"]).toBe("br");
  expect(response.headers.vary).toBe("Accept-Encoding");
  expect(Number(response.headers["content-length"])).toBe(response.body.length);
  expect(response.body.length).toBeLessThan(SCRIPT.length / 10);
  expect(brotliDecompressSync(response.body).toString()).toBe(SCRIPT);
});

test("text is sent as gzip when br is refused or weighted lower", async () => {
  const port = await serve();
  for (const acceptEncoding of [
    "gzip",
    "br;q=0, gzip",
    "br;q=0.2, gzip;q=0.8",
  ]) {
    const response = await raw(port, "/feed.xml", {
      headers: { "accept-encoding": acceptEncoding },
    });
    expect(response.headers["content-encoding"], acceptEncoding).toBe("gzip");
    expect(response.headers.vary).toBe("Accept-Encoding");
    expect(gunzipSync(response.body).toString()).toBe(FEED);
  }
});

test("text is sent as it is when no encoding is acceptable", async () => {
  const port = await serve();
  for (const headers of [
    {},
    { "accept-encoding": "identity" },
    { "accept-encoding": "br;q=0, gzip;q=0" },
    { "accept-encoding": "*;q=0, identity" },
  ]) {
    const response = await raw(port, "/", { headers });
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.headers.vary).toBe("Accept-Encoding");
    expect(response.body.toString()).toBe(FRONT_PAGE);
  }
});

test("images are not compressed again", async () => {
  const port = await serve();
  const response = await raw(port, "/screenshot.png", {
    headers: { "accept-encoding": "br, gzip" },
  });
  expect(response.status).toBe(200);
  expect(response.headers["content-type"]).toBe("image/png");
  expect(response.headers["content-encoding"]).toBeUndefined();
  expect(response.body.equals(PNG)).toBe(true);
});

test("a changed file is compressed afresh", async () => {
  const port = await serve();
  const headers = { "accept-encoding": "br" };
  const before = await raw(port, "/feed.xml", { headers });
  expect(brotliDecompressSync(before.body).toString()).toBe(FEED);

  const updated = FEED.replace("Dateline", "Dateline, second edition");
  await writeFile(join(root, "feed.xml"), updated);
  const after = await raw(port, "/feed.xml", { headers });
  expect(brotliDecompressSync(after.body).toString()).toBe(updated);
});

test("files are sent with the type their extension says", async () => {
  const port = await serve();
  for (const [path, type] of [
    ["/feed.xml", "application/xml; charset=utf-8"],
    ["/assets/app-abc123.js", "text/javascript; charset=utf-8"],
    ["/data.bin", "application/octet-stream"],
  ] as const) {
    const response = await get(port, path);
    expect(response.headers.get("content-type"), path).toBe(type);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  }
});

test("hashed assets are cached for good, everything else revalidated", async () => {
  const port = await serve("/dateline/");
  const asset = await get(port, "/dateline/assets/app-abc123.js");
  expect(asset.headers.get("cache-control")).toBe(
    "public, max-age=31536000, immutable",
  );
  for (const path of [
    "/dateline/",
    "/dateline/topics/",
    "/dateline/feed.xml",
    // A page reached through the assets folder is still a page.
    "/dateline/assets/%2e%2e/index.html",
  ]) {
    const response = await raw(port, path);
    expect(response.status, path).toBe(200);
    expect(response.headers["cache-control"], path).toBe("no-cache");
  }
});

test("every answer says nosniff", async () => {
  const port = await serve();
  for (const [path, method] of [
    ["/", "GET"],
    ["/topics", "GET"],
    ["/nope", "GET"],
    ["/%zz", "GET"],
    ["/", "POST"],
  ] as const) {
    const response = await raw(port, path, { method });
    expect(response.headers["x-content-type-options"], path).toBe("nosniff");
  }
});

test("a known ETag gets a 304 with no body", async () => {
  const port = await serve();
  const first = await get(port, "/topics/russia/");
  const etag = first.headers.get("etag");
  expect(etag).toMatch(/^W\/".+"$/);

  for (const ifNoneMatch of [
    etag ?? "",
    `"other", ${etag ?? ""}`,
    (etag ?? "").replace(/^W\//, ""),
    "*",
  ]) {
    const again = await raw(port, "/topics/russia/", {
      headers: { "if-none-match": ifNoneMatch },
    });
    expect(again.status, ifNoneMatch).toBe(304);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers["cache-control"]).toBe("no-cache");
    expect(again.body.length).toBe(0);
  }

  const stale = await get(port, "/topics/russia/", {
    headers: { "if-none-match": 'W/"stale"' },
  });
  expect(stale.status).toBe(200);
});

test("a changed file gets a new ETag", async () => {
  const port = await serve();
  const before = (await get(port, "/feed.xml")).headers.get("etag") ?? "";
  await writeFile(join(root, "feed.xml"), `${FEED}\n<!-- again -->`);
  const after = await get(port, "/feed.xml", {
    headers: { "if-none-match": before },
  });
  expect(after.status).toBe(200);
  expect(after.headers.get("etag")).not.toBe(before);
});

test("HEAD sends the headers a GET would, and no body", async () => {
  const port = await serve();
  const plain = await raw(port, "/assets/app-abc123.js", { method: "HEAD" });
  expect(plain.status).toBe(200);
  expect(plain.headers["content-type"]).toBe("text/javascript; charset=utf-8");
  expect(Number(plain.headers["content-length"])).toBe(SCRIPT.length);
  expect(plain.body.length).toBe(0);

  const headers = { "accept-encoding": "br" };
  const compressed = await raw(port, "/assets/app-abc123.js", {
    method: "HEAD",
    headers,
  });
  const got = await raw(port, "/assets/app-abc123.js", { headers });
  expect(compressed.headers["content-encoding"]).toBe("br");
  expect(compressed.headers["content-length"]).toBe(
    got.headers["content-length"],
  );
  expect(compressed.body.length).toBe(0);

  const missing = await raw(port, "/nope/", { method: "HEAD" });
  expect(missing.status).toBe(404);
  expect(missing.body.length).toBe(0);
});

test("other methods are not allowed", async () => {
  const port = await serve();
  for (const method of ["POST", "PUT", "DELETE", "OPTIONS"]) {
    const response = await raw(port, "/", { method });
    expect(response.status, method).toBe(405);
    expect(response.headers.allow).toBe("GET, HEAD");
  }
});

test("a file that cannot be read is a 500, and the server carries on", async () => {
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  // A symbolic link to itself: stat fails with ELOOP, not "no such file".
  await symlink("loop.js", join(root, "assets/loop.js"));
  const port = await serve();
  const broken = await get(port, "/assets/loop.js");
  expect(broken.status).toBe(500);
  expect(broken.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  expect(await broken.text()).toBe("Internal Server Error\n");
  expect(logged).toHaveBeenCalledOnce();

  expect((await get(port, "/")).status).toBe(200);
});

test("the files on disk are what is served", async () => {
  const port = await serve();
  const response = await raw(port, "/assets/app-abc123.js");
  expect(
    response.body.equals(await readFile(join(root, "assets/app-abc123.js"))),
  ).toBe(true);
});
