// @vitest-environment node
import { expect, test } from "vitest";
import { HEAD_SCRIPT } from "../../../app/settings/headScript.ts";
import { UserError } from "../../../content/userError.ts";
import {
  BOOT_MARKER,
  bootHead,
  DATA_MARKER,
  fileFor,
  fillTemplate,
  HEAD_MARKER,
  PAGE_MARKER,
  splitHoisted,
} from "./document.ts";

/** SHA-256 in base64, as a CSP hash source: Web Crypto, the same digest as node:crypto's. */
async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(text),
  );
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

const template = `<head><meta charset="utf-8" />${BOOT_MARKER}<link rel="stylesheet" href="/a.css">${HEAD_MARKER}</head><div id="root">${PAGE_MARKER}</div>`;

test("the hoisted head tags are split from the start of the page, and only from there", () => {
  const html =
    '<title>A &amp; B — Dateline</title><meta name="description" content="x"/>' +
    '<link rel="canonical" href="https://x.test/a/"/><a href="#main">Skip</a>' +
    '<main><meta itemProp="name" content="kept"/></main>';
  expect(splitHoisted(html)).toEqual({
    head: html.slice(0, html.indexOf("<a ")),
    page: '<a href="#main">Skip</a><main><meta itemProp="name" content="kept"/></main>',
  });
  expect(splitHoisted("<div>no head</div>")).toEqual({
    head: "",
    page: "<div>no head</div>",
  });
});

test("a page fills the template's three markers, and replacement patterns stay text", () => {
  expect(
    fillTemplate(template, {
      boot: () => "<script>$`</script>",
      head: "<title>$& $1</title>",
      page: "<p>$'</p>",
    }),
  ).toBe(
    `<head><meta charset="utf-8" /><script>$\`</script><link rel="stylesheet" href="/a.css"><title>$& $1</title></head><div id="root"><p>$'</p></div>`,
  );
});

test("a page's loader data goes in as inert JSON that no story text can end early", () => {
  const loaderData = {
    "0-0-1": { headline: "</script><script>alert(1)</script> & <!--" },
  };
  const html = fillTemplate(`${HEAD_MARKER}${PAGE_MARKER}${DATA_MARKER}`, {
    head: "",
    page: "<p>x</p>",
    data: { path: "/a/", loaderData },
  });
  expect(html).toMatch(
    /^<p>x<\/p><script type="application\/json" id="dateline-data">[^<]*<\/script>$/,
  );
  const json = html.slice(
    html.indexOf('id="dateline-data">') + 'id="dateline-data">'.length,
    -"</script>".length,
  );
  expect(JSON.parse(json)).toEqual({ path: "/a/", loaderData });
  // Without data, the marker leaves nothing behind.
  expect(
    fillTemplate(`${HEAD_MARKER}${PAGE_MARKER}${DATA_MARKER}`, {
      head: "",
      page: "<p>x</p>",
    }),
  ).toBe("<p>x</p>");
});

test("a template without its markers (an already pre-rendered page) is refused", () => {
  const page = {
    boot: () => "<script></script>",
    head: "<title>x</title>",
    page: "<p>x</p>",
  };
  expect(() => fillTemplate("<head></head><div id=root></div>", page)).toThrow(
    /must hold <!--dateline:boot--> exactly once, found 0/,
  );
  expect(() => fillTemplate(`${HEAD_MARKER}${PAGE_MARKER}`, page)).toThrow(
    /<!--dateline:boot--> exactly once, found 0/,
  );
  expect(() =>
    fillTemplate(
      `${BOOT_MARKER}${BOOT_MARKER}${HEAD_MARKER}${PAGE_MARKER}`,
      page,
    ),
  ).toThrow(/<!--dateline:boot--> exactly once, found 2/);
  expect(() => fillTemplate(`${BOOT_MARKER}${PAGE_MARKER}`, page)).toThrow(
    /<!--dateline:head--> exactly once, found 0/,
  );
  expect(() =>
    fillTemplate(
      `${BOOT_MARKER}${HEAD_MARKER}${PAGE_MARKER}${PAGE_MARKER}`,
      page,
    ),
  ).toThrow(/<!--dateline:page--> exactly once, found 2/);
});

test("without boot tags, the boot marker may be missing and is removed when present", () => {
  const page = { head: "<title>x</title>", page: "<p>x</p>" };
  expect(fillTemplate(`${HEAD_MARKER}${PAGE_MARKER}`, page)).toBe(
    "<title>x</title><p>x</p>",
  );
  expect(fillTemplate(`${BOOT_MARKER}${HEAD_MARKER}${PAGE_MARKER}`, page)).toBe(
    "<title>x</title><p>x</p>",
  );
  expect(() =>
    fillTemplate(
      `${BOOT_MARKER}${BOOT_MARKER}${HEAD_MARKER}${PAGE_MARKER}`,
      page,
    ),
  ).toThrow(/<!--dateline:boot--> exactly once, found 2/);
});

test("a built page's policy allows its inline script by the hash of exactly the bytes it holds", async () => {
  const html = fillTemplate(template, {
    boot: bootHead(HEAD_SCRIPT, await sha256Base64(HEAD_SCRIPT)),
    head: "",
    page: "",
  });
  const policy =
    /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(
      html,
    )?.[1] ?? "";
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  expect(inline).toHaveLength(1);
  const script = inline[0]?.[1] ?? "";
  expect(script).toBe(HEAD_SCRIPT);
  expect(policy).toContain(
    `script-src 'self' 'sha256-${await sha256Base64(script)}';`,
  );
  expect(policy).not.toContain("unsafe");
  expect(policy).toContain("style-src 'self';");
  expect(policy).toContain("object-src 'none';");
  // First in <head> after the charset, so the policy covers everything, the script runs before the stylesheet.
  expect(html.indexOf("Content-Security-Policy")).toBeLessThan(
    html.indexOf("<script>"),
  );
  expect(html.indexOf("<script>")).toBeLessThan(html.indexOf("<link"));
});

test("the boot tags refuse a script that would end early and a hash that is not one", async () => {
  const hash = await sha256Base64("x");
  expect(() => bootHead('document.write("</script>")', hash)).toThrow(
    /must not hold <\/script/,
  );
  expect(() => bootHead("x", "abc")).toThrow(/not a base64 SHA-256/);
  expect(() => bootHead("x", "abc")).toThrow(UserError);
  expect(bootHead("x", hash)({})).toContain(`'sha256-${hash}'`);
});

test("only a page that asks for it may compile WebAssembly (the search page, for Pagefind)", async () => {
  const boot = bootHead(HEAD_SCRIPT, await sha256Base64(HEAD_SCRIPT));
  const policyOf = (html: string) =>
    /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(
      html,
    )?.[1] ?? "";
  const search = policyOf(
    fillTemplate(template, { boot, head: "", page: "", webAssembly: true }),
  );
  expect(search).toMatch(
    /(^|; )script-src 'self' 'sha256-[\w+/]{43}=' 'wasm-unsafe-eval'(;|$)/,
  );
  // Nothing else loosens with it.
  expect(search.replace(" 'wasm-unsafe-eval'", "")).toBe(
    policyOf(fillTemplate(template, { boot, head: "", page: "" })),
  );
  for (const webAssembly of [false, undefined])
    expect(
      policyOf(
        fillTemplate(template, { boot, head: "", page: "", webAssembly }),
      ),
    ).not.toContain("unsafe");
});

test("each page path has one file, and paths that are not pages have none", () => {
  expect(fileFor("/")).toBe("index.html");
  expect(fileFor("/topics/russia/")).toBe("topics/russia/index.html");
  for (const bad of [
    "/topics",
    "topics/",
    "/search/?q=x",
    "/a/../b/",
    "/a/#x/",
  ])
    expect(() => fileFor(bad), bad).toThrow(/starts and ends with \//);
});
