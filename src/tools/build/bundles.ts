/**
 * The two Vite bundles a build needs: the site's (scripts, styles, the page
 * template, public/) and the pre-render's. They depend on the code and the
 * settings alone, never on the stories, so a build whose code key matches
 * the last one's reuses them as they are.
 */
import { access } from "node:fs/promises";
import { join } from "node:path";
import { build, type InlineConfig } from "vite";

export type Bundles = {
  /** What the browser loads, with `index.html` as the pages' template. */
  clientDir: string;
  /** The pre-render's entry, `edition.js`. */
  prerenderDir: string;
  reused: boolean;
};

/**
 * @param reuse the cache holds bundles of this very code (its key matched)
 * @example await bundles(root, "production", ".cache/dateline-build/dist", true)
 */
export async function bundles(
  root: string,
  mode: string,
  cacheDir: string,
  reuse: boolean,
): Promise<Bundles> {
  const clientDir = join(cacheDir, "client");
  const prerenderDir = join(cacheDir, "prerender");
  const found = await Promise.all(
    [join(clientDir, "index.html"), join(prerenderDir, "edition.js")].map(
      (file) =>
        access(file).then(
          () => true,
          () => false,
        ),
    ),
  );
  if (reuse && found.every(Boolean))
    return { clientDir, prerenderDir, reused: true };

  const shared: InlineConfig = {
    root,
    mode,
    configFile: join(root, "vite.config.ts"),
  };
  await build({ ...shared, build: { outDir: clientDir, emptyOutDir: true } });
  await build({
    ...shared,
    logLevel: "warn",
    build: {
      ssr: join(root, "src/tools/build/prerender/edition.ts"),
      outDir: prerenderDir,
      emptyOutDir: true,
      copyPublicDir: false,
    },
  });
  return { clientDir, prerenderDir, reused: false };
}
