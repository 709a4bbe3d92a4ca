import { expect, test } from "vitest";
import { excerptText, parseExcerpt } from "./parseExcerpt.ts";

test("matched words come out marked, the words between them as text", () => {
  expect(
    parseExcerpt("Putin met <mark>Lavrov</mark> in <mark>Moscow</mark>."),
  ).toEqual([
    { text: "Putin met ", marked: false },
    { text: "Lavrov", marked: true },
    { text: " in ", marked: false },
    { text: "Moscow", marked: true },
    { text: ".", marked: false },
  ]);
});

test("entities are decoded, named and numeric; unknown or impossible ones stay as written", () => {
  expect(
    excerptText(
      parseExcerpt(
        "&lt;b&gt; &amp; &quot;x&quot; &#39;y&#x27; &#8212; &bogus; &#0; &#xD800; & alone",
      ),
    ),
  ).toBe(`<b> & "x" 'y' — &bogus; &#0; &#xD800; & alone`);
  expect(parseExcerpt("<mark>&lt;b&gt;Monday&lt;/b&gt;</mark>")).toEqual([
    { text: "<b>Monday</b>", marked: true },
  ]);
});

test("nested marks count once, adjacent ones join, and a stray closing tag is dropped", () => {
  expect(parseExcerpt("<mark>a <mark>b</mark> c</mark> d")).toEqual([
    { text: "a b c", marked: true },
    { text: " d", marked: false },
  ]);
  expect(parseExcerpt("<mark>elect</mark><mark>ion</mark>s")).toEqual([
    { text: "election", marked: true },
    { text: "s", marked: false },
  ]);
  expect(parseExcerpt("a</mark> <MARK>b</MARK>")).toEqual([
    { text: "a ", marked: false },
    { text: "b", marked: true },
  ]);
  expect(parseExcerpt("<mark>never closed")).toEqual([
    { text: "never closed", marked: true },
  ]);
  expect(parseExcerpt("")).toEqual([]);
});

test("any other tag, however it is written, stays text", () => {
  const hostile = `<img src=x onerror="alert(1)"><script>alert(2)</script><mark onclick="x">y</mark>`;
  // Only a bare <mark> opens a mark, so its </mark> is a stray one, dropped.
  expect(parseExcerpt(hostile)).toEqual([
    { text: hostile.replace("</mark>", ""), marked: false },
  ]);
  // Escaped, as Pagefind writes it, it decodes to the same words: still text.
  expect(
    parseExcerpt("&lt;img src=x onerror=alert(1)&gt; <mark>word</mark>"),
  ).toEqual([
    { text: "<img src=x onerror=alert(1)> ", marked: false },
    { text: "word", marked: true },
  ]);
});
