// @vitest-environment node
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import { checkEdition } from "../../../content/catalogue.ts";
import { searchEntry } from "../../../content/editionData.ts";
import { files, full } from "../../../content/sampleEdition.ts";
import type { Paragraph } from "../../../content/story.ts";
import { siteWriter } from "../siteWriter.ts";
import { searchRecord, writeSearchIndex } from "./searchIndex.ts";

/** The parts of Pagefind's browser script (pagefind.js) these tests call. */
type PagefindScript = {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{
    results: {
      data(): Promise<{ meta: Record<string, string>; excerpt: string }>;
    }[];
  }>;
};

const text = (value: string): Paragraph => ({
  inlines: [{ type: "text", value }],
});
const many = (word: string) =>
  Array.from({ length: 8 }, (_, i) =>
    text(`Paragraph ${i} is about the ${word}, the ${word} and its ${word}.`),
  );

// "zeppelin" in one headline, and all through another story's text.
const edition = checkEdition(
  files(
    full("text-match", {
      headline: "Airships return over the city",
      body: many("zeppelin"),
    }),
    full("headline-match", {
      headline: "Zeppelin lands in a field",
      body: [text("Farmers watched it come down."), text("Nobody was hurt.")],
    }),
    full("other", {
      headline: "Markets close higher",
      body: [text("Shares rose on <b>Monday</b> & Tuesday.")],
    }),
    { kind: "brief", slug: "a-brief", headline: "Zeppelin pilots strike" },
  ),
);

const site = mkdtempSync(join(tmpdir(), "dateline-search-"));
let pagefind: PagefindScript;

beforeAll(async () => {
  await writeSearchIndex(siteWriter(site), edition);
  // Pagefind's own browser script, run in Node: it fetches the index files
  // over HTTP in a browser, and from the folder just written here.
  const { readFile } = await import("node:fs/promises");
  const bundle = join(site, "pagefind");
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = String(input instanceof Request ? input.url : input);
    const file = url.replace(/^\/pagefind\//, "").replace(/\?.*$/, "");
    try {
      return new Response(await readFile(join(bundle, file)));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  afterAll(() => {
    globalThis.fetch = realFetch;
  });
  pagefind = (await import(
    pathToFileURL(join(bundle, "pagefind.js")).href
  )) as PagefindScript;
  await pagefind.options({ basePath: "/pagefind/", noWorker: true });
}, 60_000);

afterAll(() => rmSync(site, { recursive: true, force: true }));

async function found(query: string) {
  const { results } = await pagefind.search(query);
  return Promise.all(results.map((result) => result.data()));
}

test("the index is written under pagefind/, without the bundle's unused interfaces", async () => {
  const { readdir } = await import("node:fs/promises");
  const written = await readdir(join(site, "pagefind"), { recursive: true });
  expect(written).toEqual(
    expect.arrayContaining([
      "pagefind.js",
      "pagefind-entry.json",
      "wasm.en.pagefind",
    ]),
  );
  expect(written.some((f) => f.startsWith("index/"))).toBe(true);
  expect(written.some((f) => f.startsWith("fragment/"))).toBe(true);
  expect(
    written.filter((f) => /ui\.|highlight|worker|unknown/.test(f)),
  ).toEqual([]);
});

// Pagefind ranks a match in the page's title (its <h1>) far above the text, weight or not:
// this fails if the headline is ever indexed as ordinary text.
test("a headline match ranks above a story that only repeats the word in its text", async () => {
  const slugs = (await found("zeppelin")).map(({ meta }) => meta["slug"]);
  expect(slugs).toHaveLength(3);
  expect(slugs.indexOf("text-match")).toBe(2);
  expect(slugs.slice(0, 2).sort()).toEqual(["a-brief", "headline-match"]);
});

test("each result carries its teaser, and an excerpt with the matches marked", async () => {
  const [result] = await found("farmers watched");
  expect(result && searchEntry(result.meta)).toEqual({
    kind: "full",
    slug: "headline-match",
    headline: "Zeppelin lands in a field",
    section: "World",
    published: "2018-04-20",
  });
  expect(result?.excerpt).toMatch(
    /<mark>Farmers<\/mark> <mark>watched<\/mark>/,
  );
  const [brief] = await found("pilots");
  expect(brief && searchEntry(brief.meta)).toEqual({
    kind: "brief",
    slug: "a-brief",
    headline: "Zeppelin pilots strike",
  });
});

test("story text that looks like markup is indexed as words, and comes back escaped", async () => {
  const other = edition.stories.find((story) => story.slug === "other");
  expect(other && searchRecord(other).content).toContain(
    "Shares rose on &lt;b&gt;Monday&lt;/b&gt; &amp; Tuesday.",
  );
  const [result] = await found("monday");
  expect(result?.meta["slug"]).toBe("other");
  // Pagefind escapes < and > in its excerpts (not &): parseExcerpt reads them back.
  expect(result?.excerpt).toContain("<mark>&lt;b&gt;Monday&lt;/b&gt;</mark>");
  expect(result?.excerpt).not.toContain("<b>");
});
