/**
 * The contract between the pre-render bundle (edition.ts, built by Vite with
 * the app inside) and build.ts, which loads it in plain Node. Declared here so
 * that build.ts never type-checks the app it does not run itself.
 */
import type { Catalogue } from "../../../content/catalogue.ts";
import type { RenderedPage } from "./document.ts";

/** What the bundle's entry exports. */
export type PrerenderEntry = {
  prepareEdition: (edition: Catalogue) => PrerenderBundle;
};

/** One edition, ready to render. */
export type PrerenderBundle = {
  pagePaths: string[];
  notFoundPath: string;
  renderPage: (path: string) => Promise<RenderedPage>;
  discoveryFiles: () => { file: string; content: string }[];
};
