// A test stand-in for the built site on the network: the test edition's pages
// and data files at the URLs the build writes them to, and a switch to take
// the network down.
import { editionDataFiles, storyIndex } from "../../content/editionData.ts";
import { everyPath } from "../../content/everyPath.ts";
import { testEdition } from "../testing/edition.ts";

export type FakeSite = {
  /** Answers as a static host would: 200 with the file, or 404. */
  readonly fetch: (
    input: RequestInfo | URL,
    init?: RequestInit,
  ) => Promise<Response>;
  /** Every URL asked for, in order, as paths ("/data/stories/x.json"). */
  readonly requested: string[];
  /** Extra files by path, such as the download-all list. */
  readonly files: Map<string, string>;
  /** While true, every fetch fails as it does without a network. */
  offline: boolean;
};

/** @example const site = fakeSite(); await site.fetch("/data/index.json") */
export function fakeSite(base = "/"): FakeSite {
  const files = new Map<string, string>();
  for (const { file, data } of editionDataFiles(testEdition))
    files.set(`${base}${file}`, JSON.stringify(data));
  for (const path of everyPath(storyIndex(testEdition)))
    files.set(
      `${base}${path.slice(1)}`,
      `<!doctype html><title>${path}</title>`,
    );
  const site: FakeSite = {
    files,
    requested: [],
    offline: false,
    fetch(input, init) {
      if (init?.signal?.aborted)
        return Promise.reject(init.signal.reason as Error);
      const url = new URL(
        input instanceof Request ? input.url : String(input),
        location.href,
      );
      site.requested.push(url.pathname);
      if (site.offline) return Promise.reject(new TypeError("Failed to fetch"));
      const body = files.get(url.pathname);
      return Promise.resolve(
        body === undefined
          ? new Response("Not found", { status: 404 })
          : new Response(body, { status: 200 }),
      );
    },
  };
  return site;
}
