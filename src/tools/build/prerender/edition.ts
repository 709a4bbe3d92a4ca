import type { Catalogue } from "../../../content/catalogue.ts";
import { catalogueContent } from "../../../content/content.ts";
import { storyIndex } from "../../../content/editionData.ts";
import { everyPath } from "../../../content/everyPath.ts";
import { discoveryFiles } from "../discovery/discoveryFiles.ts";
import type { PrerenderBundle } from "./bundle.ts";
import { loadPage, renderLoaded } from "./renderPage.tsx";

/** Any unknown path renders the not-found page; this one says what it is. */
const notFoundPath = "/404.html";

export function prepareEdition(edition: Catalogue): PrerenderBundle {
  const content = catalogueContent(edition);
  return {
    pagePaths: everyPath(storyIndex(edition)),
    notFoundPath,
    loadPage: (path) => loadPage(path, content),
    renderLoaded,
    discoveryFiles: () => discoveryFiles(edition),
  };
}
