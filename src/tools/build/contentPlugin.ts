// Checks every story before bundling, so bad data fails the build, not a reader's browser.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { editionDataFiles } from "../../content/editionData.ts";
import { loadEdition } from "./loadEdition.ts";
import type { ParseOptions } from "../../content/story.ts";

/**
 * @example plugins: [editionPlugin("src/content/stories", { today: "2026-11-28" }), react()]
 */
export function editionPlugin(
  storiesDir: string,
  options: ParseOptions = {},
): Plugin {
  let ssr = false;
  let base = "/";
  return {
    name: "dateline:edition",
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
      base = config.base;
    },
    buildStart() {
      // build.ts checked them already; the client build checks again for a
      // Vite build run on its own. The data files are the build's to write
      // (build.ts), beside the pages, so unchanged ones are left alone.
      if (ssr) return;
      for (const name of readdirSync(storiesDir))
        if (name.endsWith(".json")) this.addWatchFile(join(storiesDir, name));
      try {
        loadEdition(storiesDir, options);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split("?")[0] ?? "";
        if (!path.startsWith(`${base}data/`)) return next();
        // Read afresh on every request, so an edited story shows on reload.
        const wanted = path.slice(base.length);
        const found = editionDataFiles(loadEdition(storiesDir, options)).find(
          ({ file }) => file === wanted,
        );
        if (!found) {
          response.statusCode = 404;
          response.end();
          return;
        }
        response.setHeader("Content-Type", "application/json");
        response.end(JSON.stringify(found.data));
      });
    },
  };
}
