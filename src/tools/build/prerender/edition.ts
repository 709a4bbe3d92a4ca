/**
 * What the build writes for an edition: every page's path, how to render it,
 * and the discovery files (sitemap, feed, robots.txt). This is the entry of
 * the pre-render bundle; build.ts reads the stories from disk, hands them
 * over here and does the writing.
 */
import type { Catalogue } from "../../../content/catalogue.ts";
import { catalogueContent } from "../../../content/content.ts";
import { storyIndex } from "../../../content/editionData.ts";
import { everyPath } from "../../../content/everyPath.ts";
import { discoveryFiles } from "../discovery/discoveryFiles.ts";
import type { PrerenderBundle } from "./bundle.ts";
import { renderPage } from "./renderPage.tsx";

/**
 * Rendered for 404.html, which hosts serve at any unknown URL. Any path the
 * route table does not know will do; this one says what it is.
 */
const notFoundPath = "/404.html";

/** The pages and files of `edition`, whose pages' loaders answer from it. */
export function prepareEdition(edition: Catalogue): PrerenderBundle {
  const content = catalogueContent(edition);
  return {
    pagePaths: everyPath(storyIndex(edition)),
    notFoundPath,
    renderPage: (path) => renderPage(path, content),
    discoveryFiles: () => discoveryFiles(edition),
  };
}
