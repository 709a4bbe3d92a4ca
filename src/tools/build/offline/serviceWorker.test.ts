// @vitest-environment node
import { gzipSync } from "node:zlib";
import { expect, test } from "vitest";
import { bundleServiceWorker, precacheEntry } from "./serviceWorker.ts";

test("hashed assets keep their names as revision; other files get a hash of their content", () => {
  const content = Buffer.from("<!doctype html>");
  expect(precacheEntry("assets/main-abc123.js", content)).toEqual({
    url: "assets/main-abc123.js",
    revision: null,
  });
  const page = precacheEntry("index.html", content);
  // Relative URLs: the worker resolves them against its own address, so any base path works.
  expect(page.url).toBe("index.html");
  expect(page.revision).toMatch(/^[0-9a-f]{32}$/);
  expect(precacheEntry("index.html", Buffer.from("changed")).revision).not.toBe(
    page.revision,
  );
});

test(
  "one small classic script, with the precache list written in and Workbox's logging stripped",
  { timeout: 120_000 },
  async () => {
    const manifest = [
      { url: "index.html", revision: "0123456789abcdef0123456789abcdef" },
      { url: "assets/main-abc123.js", revision: null },
    ];
    const worker = await bundleServiceWorker(manifest);
    // The minifier may quote with backticks.
    expect(worker).toMatch(/url:.index\.html.,revision:.0123456789abcdef/);
    expect(worker).toMatch(/url:.assets\/main-abc123\.js.,revision:null/);
    // Nothing else to fetch, nothing a host could cache wrongly.
    expect(worker).not.toMatch(/\bimport\s*[({"']|importScripts/);
    // A new version waits for the reader's "Reload": skipWaiting only answers the message.
    expect(worker.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(worker).toContain("SKIP_WAITING");
    expect(worker).not.toContain("process.env");
    expect(worker).not.toMatch(/workbox.*logger|Precaching \d+ files/);
    // The cap is 30 KB gzip at 10,000 stories; the code alone is well under it.
    expect(gzipSync(worker).byteLength).toBeLessThan(15 * 1024);
  },
);
