import { expect, test } from "vitest";
import { checkEdition } from "./catalogue.ts";
import { storyIndex } from "./editionData.ts";
import {
  onTopic,
  pageOf,
  PAGE_SIZE,
  search,
  searchDocuments,
  topics,
} from "./queries.ts";
import { files, full, sampleCatalogue } from "./sampleEdition.ts";

const catalogue = sampleCatalogue;
const index = storyIndex(catalogue);
const find = (query: string) =>
  search(index, searchDocuments(catalogue), query);

test("topics counts stories per topic; onTopic lists them newest first", () => {
  expect(topics(index)).toEqual([
    { id: "donald-trump", name: "Donald Trump", count: 1 },
    { id: "russia", name: "Russia", count: 2 },
  ]);
  expect(onTopic(index, "russia")?.stories.map((s) => s.slug)).toEqual([
    "newer",
    "older",
  ]);
  expect(onTopic(index, "donald-trump")?.topic.name).toBe("Donald Trump");
  expect(onTopic(index, "nobody")).toBeUndefined();
});

test("search needs every word, matches word prefixes, and ranks headline matches first", () => {
  expect(find("elect moscow").map((h) => h.entry.slug)).toEqual(["newer"]);
  expect(find("ELECTIONS")[0]?.excerpt).toBe(
    "<mark>Elections</mark> were discussed in Moscow.",
  );
  expect(find("putin").map((h) => h.entry.slug)).toEqual(["a-brief"]);
  expect(find("text").map((h) => h.entry.slug)).toEqual(["older"]);
  expect(find("headline").map((h) => h.entry.slug)).toEqual(["older"]);
  expect(find("moscow zebra")).toEqual([]);
  expect(find("  ?! ")).toEqual([]);
});

test("search trims a long paragraph to an excerpt around the match, escaped, with the matches marked", () => {
  const long = `${"Filler words come first here. ".repeat(20)}The needle <b>sits</b> here & needles. ${"More filler after it. ".repeat(20)}`;
  const edition = checkEdition(
    files(
      full("long", {
        body: [{ inlines: [{ type: "text", value: long.trim() }] }],
      }),
    ),
  );
  const excerpt =
    search(storyIndex(edition), searchDocuments(edition), "needle")[0]
      ?.excerpt ?? "";
  expect(excerpt).toContain(
    "The <mark>needle</mark> &lt;b&gt;sits&lt;/b&gt; here &amp; <mark>needles</mark>.",
  );
  const text = excerpt.replace(/<\/?mark>/g, "").replace(/&\w+;/g, "x");
  expect(text.length).toBeLessThanOrEqual(202);
  expect(text.startsWith("…") && text.endsWith("…")).toBe(true);
});

test("pageOf cuts a list into pages of PAGE_SIZE and refuses pages that do not exist", () => {
  const list = Array.from({ length: PAGE_SIZE * 2 + 1 }, (_, i) => i);
  expect(pageOf(list, 1)).toEqual({
    items: list.slice(0, PAGE_SIZE),
    page: 1,
    pages: 3,
  });
  expect(pageOf(list, 3)?.items).toEqual([PAGE_SIZE * 2]);
  for (const page of [0, 4, -1, 1.5, Number.NaN])
    expect(pageOf(list, page)).toBeUndefined();
  expect(pageOf([], 1)).toEqual({ items: [], page: 1, pages: 1 });
});

test("a topic named after Object.prototype's members has its page; the bare names find none", () => {
  const edition = storyIndex(
    checkEdition(
      files(
        full("a", { topics: ["constructor", "toString", "__proto__"] }),
        full("b", { topics: ["prototype", "hasOwnProperty"] }),
      ),
    ),
  );
  expect(onTopic(edition, "constructor")?.stories.map((s) => s.slug)).toEqual([
    "a",
  ]);
  expect(onTopic(edition, "tostring")?.topic.name).toBe("toString");
  expect(onTopic(edition, "proto")?.topic.name).toBe("__proto__");
  for (const id of ["__proto__", "toString", "hasOwnProperty", "valueOf", ""])
    expect(onTopic(edition, id), id).toBeUndefined();
});
