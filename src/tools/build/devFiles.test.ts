import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, expect, test } from "vitest";
import { childText, onlyChild, parseXml } from "./discovery/xmlForTests.ts";

const root = resolve(import.meta.dirname, "../../..");
const cacheDir = mkdtempSync(join(tmpdir(), "dateline-dev-"));
let server: ViteDevServer;
let origin: string;

beforeAll(async () => {
  server = await createServer({
    configFile: join(root, "vite.config.ts"),
    logLevel: "silent",
    // Its own cache, and no dependency scan: only the build's files are asked for.
    cacheDir,
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { port: 0, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === "string")
    throw new Error("the dev server has no port");
  origin = `http://localhost:${address.port}`;
}, 30_000);

afterAll(async () => {
  await server.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${origin}${path}`);

test("the dev server answers the web app manifest, not the page", async () => {
  const response = await get("/manifest.webmanifest");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe(
    "application/manifest+json",
  );
  const manifest = (await response.json()) as {
    name: string;
    icons: { src: string }[];
  };
  expect(manifest.name).toBe("Dateline");
  // Every icon the manifest names is there too.
  for (const { src } of manifest.icons) {
    const icon = await get(src);
    expect(icon.status, src).toBe(200);
  }
});

test("the dev server draws the icons from the favicon, as PNG", async () => {
  const response = await get("/icons/apple-touch-icon.png");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/png");
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
});

test("the dev server answers the feed, the sitemap and robots.txt", async () => {
  const feed = await get("/feed.xml");
  expect(feed.status).toBe(200);
  expect(feed.headers.get("content-type")).toBe(
    "application/xml; charset=utf-8",
  );
  const channel = onlyChild(
    parseXml(await feed.text()).documentElement,
    "channel",
  );
  expect(childText(channel, "title")).toBe("Dateline");
  expect(channel.getElementsByTagName("item").length).toBeGreaterThan(0);
  // A topic's feed sits in its folder.
  const topic = await get("/topics/russia/feed.xml");
  expect(topic.status).toBe(200);
  expect(await topic.text()).toContain("Dateline: stories on Russia");

  const sitemap = await get("/sitemap.xml");
  expect(sitemap.status).toBe(200);
  expect(parseXml(await sitemap.text()).documentElement.localName).toBe(
    "urlset",
  );

  const robots = await get("/robots.txt");
  expect(robots.status).toBe(200);
  expect(robots.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  expect(await robots.text()).toMatch(/^Sitemap: http.*\/sitemap\.xml$/m);
});

test("the dev server still serves the data files and the page", async () => {
  const index = await get("/data/index.json");
  expect(index.status).toBe(200);
  expect(Array.isArray(await index.json())).toBe(true);
  const page = await get("/topics/");
  expect(page.headers.get("content-type")).toMatch(/^text\/html/);
});

test("the dev server answers search's Pagefind files, built from the stories", async () => {
  const script = await get("/pagefind/pagefind.js");
  expect(script.status).toBe(200);
  expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
  expect(await script.text()).toContain("pagefind");
  // Pagefind adds a cache tag to the entry file's URL.
  const entry = await get("/pagefind/pagefind-entry.json?ts=2026-01-01");
  expect(entry.status).toBe(200);
  const { languages } = (await entry.json()) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(languages["en"]?.page_count).toBeGreaterThan(0);
  expect((await get("/pagefind/no-such-file.js")).status).not.toBe(200);
}, 60_000);
