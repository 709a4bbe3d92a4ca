// @vitest-environment node
import { mkdtemp, readFile, rm, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { BASELINE_PREFIX, withoutScripts, writeBaseline } from "./baseline.ts";

/** The shape of a built page (src/tools/build/prerender/document.ts), cut down. */
const page = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-abc='" />
    <script>document.documentElement.dataset.theme = "dark";</script>
    <title>A story — Dateline</title>
    <link rel="canonical" href="https://news.example.org/world/a/"/>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"A <b>story</b>"}</script>
    <script type="module" crossorigin src="/assets/index-KRUKMGRV.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/chunk-1.js">
    <link rel=modulepreload href=/assets/chunk-2.js>
    <link rel="preload" as="script" href="/assets/chunk-3.js">
    <link rel="preload" as="font" href="/fonts/serif.woff2" crossorigin>
    <link rel="stylesheet" crossorigin href="/assets/index-mGSCwcZ9.css">
  </head>
  <body>
    <div id="root"><main><h1>A story</h1><p id="p-1">Text.</p></main></div>
    <SCRIPT type="module" src="/src/app/boot.ts" fetchpriority="low"></SCRIPT >
  </body>
</html>`;

test("the baseline has no script of any kind and no link that preloads one", () => {
  const baseline = withoutScripts(page);
  expect(baseline).not.toMatch(/<script/i);
  expect(baseline).not.toContain("modulepreload");
  expect(baseline).not.toContain("chunk-3.js");
});

test("everything but the scripts is kept as it was", () => {
  const baseline = withoutScripts(page);
  for (const kept of [
    '<link rel="stylesheet" crossorigin href="/assets/index-mGSCwcZ9.css">',
    '<link rel="preload" as="font" href="/fonts/serif.woff2" crossorigin>',
    '<link rel="canonical" href="https://news.example.org/world/a/"/>',
    "<title>A story — Dateline</title>",
    '<div id="root"><main><h1>A story</h1><p id="p-1">Text.</p></main></div>',
  ])
    expect(baseline).toContain(kept);
  expect(withoutScripts("<p>No scripts here.</p>")).toBe(
    "<p>No scripts here.</p>",
  );
});

test("the baseline is written beside the site, under a path no page uses", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-baseline-test-"));
  try {
    await mkdir(join(dir, "world/a"), { recursive: true });
    await writeFile(join(dir, "world/a/index.html"), page);
    const path = await writeBaseline(dir, "/world/a/");
    expect(path).toBe(`${BASELINE_PREFIX}/world/a/`);
    const written = await readFile(join(dir, path, "index.html"), "utf8");
    expect(written).toBe(withoutScripts(page));
    // The page itself is left alone.
    expect(await readFile(join(dir, "world/a/index.html"), "utf8")).toBe(page);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
