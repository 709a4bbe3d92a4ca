import { expect, test } from "vitest";
import {
  fileFor,
  fillTemplate,
  HEAD_MARKER,
  PAGE_MARKER,
  splitHoisted,
} from "./document.ts";

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

test("a page fills the template's two markers, and replacement patterns stay text", () => {
  const template = `<head>${HEAD_MARKER}</head><div id="root">${PAGE_MARKER}</div>`;
  expect(
    fillTemplate(template, { head: "<title>$& $1</title>", page: "<p>$'</p>" }),
  ).toBe(`<head><title>$& $1</title></head><div id="root"><p>$'</p></div>`);
});

test("a template without its markers (an already pre-rendered page) is refused", () => {
  const page = { head: "<title>x</title>", page: "<p>x</p>" };
  expect(() => fillTemplate("<head></head><div id=root></div>", page)).toThrow(
    /must hold <!--dateline:head--> exactly once, found 0/,
  );
  expect(() =>
    fillTemplate(`${HEAD_MARKER}${PAGE_MARKER}${PAGE_MARKER}`, page),
  ).toThrow(/<!--dateline:page--> exactly once, found 2/);
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
