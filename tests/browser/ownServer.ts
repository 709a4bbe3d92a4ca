/**
 * A built site served from inside a test, so the test can stop the server.
 * With the server stopped as well as the browser set offline, nothing but a
 * service worker's cache can answer, whatever the browser's offline
 * emulation does or does not cover.
 */
import { join } from "node:path";
import { createStaticServer } from "../../src/tools/serve/staticServer.ts";

const root = join(import.meta.dirname, "../..");

export type OwnServer = {
  origin: string;
  /** Stops answering at once, closing open connections too. */
  stop: () => Promise<void>;
};

export async function serve(
  dir: string,
  base: string,
  port: number,
): Promise<OwnServer> {
  const server = createStaticServer({ root: dir, base });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The two builds playwright.config.ts makes and serves, by folder and base path. */
export const BUILDS = {
  production: { name: "production build", dir: join(root, "dist"), base: "/" },
  subpath: {
    name: "development build under /dateline/",
    dir: join(root, "node_modules/.cache/dateline-subpath"),
    base: "/dateline/",
  },
};
