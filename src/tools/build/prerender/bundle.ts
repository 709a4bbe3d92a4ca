// Declared apart so build.ts never type-checks the app it does not run itself.
import type { Catalogue } from "../../../content/catalogue.ts";
import type { RenderedPage } from "./document.ts";
import type { LoadedPage } from "./renderPage.tsx";

export type PrerenderEntry = {
  prepareEdition: (edition: Catalogue) => PrerenderBundle;
};

export type PrerenderBundle = {
  pagePaths: string[];
  notFoundPath: string;
  /** Runs the page's loaders; `renderLoaded` then draws it. */
  loadPage: (path: string) => Promise<LoadedPage>;
  renderLoaded: (page: LoadedPage) => RenderedPage;
  discoveryFiles: () => { file: string; content: string }[];
};
