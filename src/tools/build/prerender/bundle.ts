// Declared apart so build.ts never type-checks the app it does not run itself.
import type { Catalogue } from "../../../content/catalogue.ts";
import type { RenderedPage } from "./document.ts";

export type PrerenderEntry = {
  prepareEdition: (edition: Catalogue) => PrerenderBundle;
};

export type PrerenderBundle = {
  pagePaths: string[];
  notFoundPath: string;
  renderPage: (path: string) => Promise<RenderedPage>;
  discoveryFiles: () => { file: string; content: string }[];
};
