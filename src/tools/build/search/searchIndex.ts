// A thin layer over Pagefind, a kept library made for static sites: it splits
// the index into chunks a search fetches by word (a reader downloads a few
// kilobytes, not the archive), stems words, and writes excerpts with the
// matches marked. Ours is only what it is fed and which files are kept.
//
// Fed from the story data, not by crawling the built pages: a page also holds
// the masthead, related headlines and buttons, which are not the story's words.
import * as pagefind from "pagefind";
import type { Catalogue } from "../../../content/catalogue.ts";
import { searchMeta } from "../../../content/editionData.ts";
import { dataFile } from "../../../content/dataFiles.ts";
import { storyPath } from "../../../content/paths.ts";
import { plainText, type Story } from "../../../content/story.ts";
import { UserError } from "../../../content/userError.ts";
import type { SiteWriter } from "../siteWriter.ts";

export class SearchIndexError extends UserError {
  override name = "SearchIndexError";
}

/**
 * How much more a word in the headline counts than one in the text. Pagefind
 * ranks by weighted word counts; at 10 a headline match outranks a story that
 * only repeats the word through its text (searchIndex.test.ts checks it).
 */
export const HEADLINE_WEIGHT = 10;

// The bundle's prebuilt interfaces, its highlighter, its web worker and the
// WebAssembly for pages of no known language: the search page draws its own
// results, runs Pagefind on the main thread (app/search/pagefindSearch.ts) and
// every record is English, so these would only be bytes to deploy and keep.
const UNUSED =
  /^(?:pagefind-(?:ui|modular-ui|component-ui|highlight|worker)\.|wasm\.unknown\.)/;

const ESCAPES = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
]);

/** Story text is data: tags and entities in it are words to find, not markup. */
function escaped(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES.get(char) ?? char);
}

/**
 * The page Pagefind indexes for a story: its headline, weighted, and its text;
 * the teaser a result needs rides along as meta, so the browser fetches nothing else.
 * @example searchRecord(brief).content // <html lang="en"><head><meta data-pagefind-meta="kind[content]" content="brief" />…<h1 …>Headline</h1></body></html>
 */
export function searchRecord(story: Story): { url: string; content: string } {
  const meta = [...searchMeta(story)]
    .map(
      ([name, value]) =>
        `<meta data-pagefind-meta="${name}[content]" content="${escaped(value)}" />`,
    )
    .join("");
  const body =
    story.kind === "full"
      ? story.body
          .map((p) => `<p>${escaped(plainText(p.inlines))}</p>`)
          .join("")
      : "";
  return {
    url: storyPath(story),
    content:
      `<html lang="en"><head>${meta}</head><body>` +
      `<h1 data-pagefind-weight="${HEADLINE_WEIGHT}">${escaped(story.headline)}</h1>` +
      `${body}</body></html>`,
  };
}

/** How many stories go to Pagefind at once: its service takes them over one pipe. */
const BATCH = 200;

/**
 * Every full story and brief (a brief is found by its headline, as before).
 * Paths are relative to the bundle's folder, `dataFile.searchBundle`.
 * @example (await searchIndexFiles(catalogue)).map((f) => f.file) // ["pagefind.js", "pagefind-entry.json", "index/en_….pf_index", …]
 */
export async function searchIndexFiles(
  catalogue: Catalogue,
): Promise<{ file: string; content: Uint8Array }[]> {
  try {
    // One language, so one index: stories carry no language of their own.
    const { index, errors } = await pagefind.createIndex({
      forceLanguage: "en",
    });
    if (!index) throw new SearchIndexError(failed("start", errors));
    const stories = [...catalogue.stories, ...catalogue.briefs];
    for (let at = 0; at < stories.length; at += BATCH) {
      const added = await Promise.all(
        stories
          .slice(at, at + BATCH)
          .map((story) => index.addHTMLFile(searchRecord(story))),
      );
      const problems = added.flatMap((a) => a.errors);
      if (problems.length > 0)
        throw new SearchIndexError(failed("index the stories", problems));
    }
    const { files, errors: writeErrors } = await index.getFiles();
    if (writeErrors.length > 0)
      throw new SearchIndexError(failed("write", writeErrors));
    return files
      .filter(({ path }) => !UNUSED.test(path))
      .map(({ path, content }) => ({ file: path, content }));
  } finally {
    // Pagefind runs as a child process; left open, it keeps Node running.
    await pagefind.close();
  }
}

function failed(step: string, errors: string[]): string {
  return `the search index: Pagefind could not ${step}: ${errors.join("; ")}`;
}

/**
 * @example await writeSearchIndex(output, catalogue) // dist/pagefind/…
 */
export async function writeSearchIndex(
  output: SiteWriter,
  catalogue: Catalogue,
): Promise<void> {
  for (const { file, content } of await searchIndexFiles(catalogue))
    await output.write(`${dataFile.searchBundle}${file}`, Buffer.from(content));
}
