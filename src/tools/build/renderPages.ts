/**
 * Pages, drawn into the template, or left as the last build wrote them when
 * their key (code, path, status and loader data) is the one they were drawn
 * from: after one new story, only the pages that list or link it change,
 * and only they are drawn again.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { pageKey } from "./incremental/buildCache.ts";
import type { PrerenderBundle } from "./prerender/bundle.ts";
import {
  fileFor,
  fillTemplate,
  TemplateError,
  type BootHead,
} from "./prerender/document.ts";
import type { SiteWriter } from "./siteWriter.ts";

/** A page to draw: its path, and the status its loaders must give. */
export type PageTarget = { path: string; status: 200 | 404 };

export type PageRun = {
  /** Page path → its key, for the next build. */
  keys: Record<string, string>;
  rendered: number;
  kept: number;
};

/** Every page of the edition, the not-found page last. */
export function pageTargets(edition: PrerenderBundle): PageTarget[] {
  return [
    ...edition.pagePaths.map((path) => ({ path, status: 200 as const })),
    { path: edition.notFoundPath, status: 404 },
  ];
}

/** The not-found page answers any address, so it is written once, as 404.html. */
function fileOf({ path, status }: PageTarget): string {
  return status === 404 ? "404.html" : fileFor(path);
}

/**
 * @param previous the keys the last build's pages were drawn from (empty for a full build)
 */
export async function renderPages(
  edition: Pick<PrerenderBundle, "loadPage" | "renderLoaded">,
  targets: PageTarget[],
  output: SiteWriter,
  page: { template: string; boot: BootHead; code: string },
  previous: Record<string, string>,
): Promise<PageRun> {
  const run: PageRun = { keys: {}, rendered: 0, kept: 0 };
  for (const target of targets) {
    const { path } = target;
    const file = fileOf(target);
    const loaded = await edition.loadPage(path);
    if (loaded.status !== target.status)
      throw new TemplateError(
        `${path}: rendered with status ${loaded.status}, expected ${target.status}`,
      );
    const key = pageKey(page.code, path, loaded.status, loaded.loaderData);
    run.keys[path] = key;
    if (previous[path] === key) {
      const found = await stat(join(output.dir, file)).catch(() => undefined);
      if (found?.isFile()) {
        output.keep(file, found.size);
        run.kept += 1;
        continue;
      }
    }
    const rendered = edition.renderLoaded(loaded);
    await output.write(
      file,
      fillTemplate(page.template, { ...rendered, boot: page.boot }),
    );
    run.rendered += 1;
  }
  return run;
}
