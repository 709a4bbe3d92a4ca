// @vitest-environment node
// The browser's search client (src/app/search/pagefindSearch.ts) against an
// index this build step wrote: here, as Node can run both.
import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  pagefindSearch,
  SearchUnavailableError,
} from "../../../app/search/pagefindSearch.ts";
import { checkEdition } from "../../../content/catalogue.ts";
import { files, full } from "../../../content/sampleEdition.ts";
import { siteWriter } from "../siteWriter.ts";
import { writeSearchIndex } from "./searchIndex.ts";

// 45 stories about walruses, one about penguins.
const edition = checkEdition(
  files(
    ...Array.from({ length: 45 }, (_, i) =>
      full(`walrus-${i + 1}`, {
        headline: `Walrus sighting number ${i + 1}`,
        body: [
          { inlines: [{ type: "text", value: `A walrus came ashore, ${i}.` }] },
        ],
      }),
    ),
    full("penguin", {
      headline: "Penguins march",
      body: [
        { inlines: [{ type: "text", value: "Rockhopper colony grows." }] },
      ],
    }),
  ),
);

// The site's "base path" is the folder itself, so the client's import and
// Pagefind's fetches both name files in it, as they name URLs under a sub-path.
const site = `${mkdtempSync(join(tmpdir(), "dateline-client-"))}/`;
const requested: string[] = [];
let failing: RegExp | undefined;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  await writeSearchIndex(siteWriter(site), edition);
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = String(input instanceof Request ? input.url : input);
    requested.push(url);
    if (failing?.test(url)) throw new TypeError("Failed to fetch");
    try {
      return new Response(await readFile(url.replace(/\?.*$/, "")));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}, 60_000);

afterAll(() => {
  globalThis.fetch = realFetch;
  rmSync(site, { recursive: true, force: true });
});

// First in the file: Pagefind keeps what it has loaded, and this index is one chunk.
test("an index or result file that cannot be fetched makes the search unavailable, not empty", async () => {
  const search = pagefindSearch(site, "2026-01-01");
  failing = /\/index\//;
  await expect(search("rockhopper", 1)).rejects.toThrow(SearchUnavailableError);
  failing = /\/fragment\//;
  await expect(search("rockhopper", 1)).rejects.toThrow(SearchUnavailableError);
  failing = undefined;
  // Back online, the same words are found.
  expect((await search("rockhopper", 1)).total).toBe(1);
});

test("a search reads only the page of results asked for, and counts them all", async () => {
  const search = pagefindSearch(site, "2026-01-01");
  const first = await search("walrus", 1);
  expect(first.total).toBe(45);
  expect(first.results).toHaveLength(20);
  expect(first.results[0]?.story).toMatchObject({
    kind: "full",
    section: "World",
  });
  expect(first.results[0]?.excerpt).toMatch(/<mark>walrus<\/mark>/i);
  const last = await search("walrus", 3);
  expect(last.total).toBe(45);
  expect(last.results).toHaveLength(5);
  expect(await search("walrus", 4)).toEqual({ total: 45, results: [] });
  // Under the base path, and the entry file under this build's tag, not the time.
  expect(requested.every((url) => url.startsWith(`${site}pagefind/`))).toBe(
    true,
  );
  expect(requested).toContain(
    `${site}pagefind/pagefind-entry.json?ts=2026-01-01`,
  );
});
