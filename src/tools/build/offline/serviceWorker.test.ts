// @vitest-environment node
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { generateServiceWorker } from "./serviceWorker.ts";

let site = "";

afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

/** A small built site in a temporary folder. */
async function siteWith(files: Record<string, string>) {
  site = await mkdtemp(join(tmpdir(), "dateline-sw-"));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(dirname(join(site, file)), { recursive: true });
    await writeFile(join(site, file), content);
  }
}

/** The URLs in the worker's precache list. */
async function precached(): Promise<string[]> {
  const worker = await readFile(join(site, "sw.js"), "utf8");
  return [...worker.matchAll(/\{url:"([^"]+)",revision:/g)]
    .map((m) => m[1] ?? "")
    .sort();
}

test(
  "every page, data file, script, style and icon is precached; feeds, screenshots and the worker are not",
  { timeout: 60_000 },
  async () => {
    const page = "<!doctype html><title>x</title>";
    const files: Record<string, string> = {
      "index.html": page,
      "404.html": page,
      "world/2018/04/20/a-story/index.html": page,
      "data/index.json": "[]",
      "data/stories/a-story.json": "{}",
      "assets/index-abc123.js": "console.log(1)",
      "assets/index-abc123.css": "p{}",
      "favicon.svg": "<svg/>",
      "icons/icon-192.png": "png",
      "manifest.webmanifest": "{}",
      "screenshot-story.png": "png",
      "feed.xml": "<rss/>",
      "sitemap.xml": "<urlset/>",
      "robots.txt": "User-agent: *",
    };
    await siteWith(files);
    const { count, size } = await generateServiceWorker(site);
    const urls = await precached();
    expect(urls).toEqual([
      "404.html",
      "assets/index-abc123.css",
      "assets/index-abc123.js",
      "data/index.json",
      "data/stories/a-story.json",
      "favicon.svg",
      "icons/icon-192.png",
      "index.html",
      "manifest.webmanifest",
      "world/2018/04/20/a-story/index.html",
    ]);
    expect(count).toBe(urls.length);
    expect(size).toBe(
      urls.reduce((sum, url) => sum + Buffer.byteLength(files[url] ?? ""), 0),
    );
    // Relative URLs: the worker resolves them against its own address, so any base path works.
    expect(urls.every((url) => !url.startsWith("/"))).toBe(true);
  },
);

test(
  "a new version waits for the reader's SKIP_WAITING, and offline an unknown page gets 404.html",
  { timeout: 60_000 },
  async () => {
    await siteWith({ "index.html": "<!doctype html>", "404.html": "x" });
    await generateServiceWorker(site);
    const worker = await readFile(join(site, "sw.js"), "utf8");
    // skipWaiting() only inside the message listener, never on install.
    expect(worker.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(worker).toMatch(
      /"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/,
    );
    expect(worker).toContain('fallbackURL:"404.html"');
    expect(worker).toContain("self.clients.claim()");
    // One file: nothing else for the browser to fetch, or for a host to cache.
    expect(worker).not.toContain("importScripts");
  },
);
