// Without this the dev server answered the manifest, icons, feed and sitemap with index.html,
// and browsers reported the manifest as broken on every page. Search's index (pagefind/) too,
// so search works in `npm run dev` as it does in the build.
import { extname, join, resolve } from "node:path";
import type { Plugin } from "vite";
import type { ParseOptions } from "../../content/story.ts";
import type * as Discovery from "./discovery/discoveryFiles.ts";
import { loadEdition } from "./loadEdition.ts";
import { installFiles, MANIFEST_FILE } from "./offline/installFiles.ts";
import { dataFile } from "../../content/dataFiles.ts";
import { searchIndexFiles } from "./search/searchIndex.ts";

// Run through Vite, not imported: app/site.ts needs the origin and base Vite's `define` fixes.
const DISCOVERY_MODULE = join(
  import.meta.dirname,
  "discovery/discoveryFiles.ts",
);

/** As a static host labels these files. */
const CONTENT_TYPES = new Map([
  [".webmanifest", "application/manifest+json"],
  [".png", "image/png"],
  [".xml", "application/xml; charset=utf-8"],
  [".txt", "text/plain; charset=utf-8"],
  // Search's Pagefind bundle: its script is imported as a module, which needs a JavaScript type.
  [".js", "text/javascript; charset=utf-8"],
  [".json", "application/json"],
]);

/**
 * @example plugins: [edition(dir, options), devFiles(dir, options), react()]
 */
export function devFiles(
  storiesDir: string,
  options: ParseOptions = {},
): Plugin {
  return {
    name: "dateline:dev-files",
    apply: "serve",
    configureServer(server) {
      const { base, publicDir } = server.config;
      type SiteFile = { file: string; content: Buffer | string };
      // Built in memory on the first search (a second or two), and again after a story changes.
      let searchFiles: Promise<SiteFile[]> | undefined;
      const stories = resolve(storiesDir);
      server.watcher.on("all", (_event, path) => {
        if (resolve(path).startsWith(stories)) searchFiles = undefined;
      });
      const filesFor = async (file: string): Promise<SiteFile[]> => {
        if (file.startsWith(dataFile.searchBundle)) {
          searchFiles ??= searchIndexFiles(
            loadEdition(storiesDir, options),
          ).then(
            (files) =>
              files.map(({ file: name, content }) => ({
                file: `${dataFile.searchBundle}${name}`,
                content: Buffer.from(content),
              })),
            (error: unknown) => {
              searchFiles = undefined;
              throw error;
            },
          );
          return searchFiles;
        }
        if (file === MANIFEST_FILE || /^icons\/[\w-]+\.png$/.test(file))
          return installFiles(publicDir, base);
        if (/^(?:[\w-]+\.(?:xml|txt)|.+\/feed\.xml)$/.test(file)) {
          const { discoveryFiles } = (await server.ssrLoadModule(
            DISCOVERY_MODULE,
          )) as typeof Discovery;
          return discoveryFiles(loadEdition(storiesDir, options));
        }
        return [];
      };
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split("?")[0] ?? "";
        if (!path.startsWith(base)) return next();
        const wanted = path.slice(base.length);
        filesFor(wanted).then((files) => {
          const found = files.find(({ file }) => file === wanted);
          // Not the page either: Pagefind would read index.html as an index chunk.
          if (!found && wanted.startsWith(dataFile.searchBundle)) {
            response.statusCode = 404;
            response.end();
            return;
          }
          if (!found) return next();
          response.setHeader(
            "Content-Type",
            CONTENT_TYPES.get(extname(wanted)) ?? "application/octet-stream",
          );
          response.setHeader("Cache-Control", "no-cache");
          response.end(found.content);
        }, next);
      });
    },
  };
}
