/**
 *     const server = await serveSite("dist");            // a free port
 *     const browser = await launchChromium(profileDir);
 *     await lighthouse(new URL("topics/", siteUrl(server)).href, flags, undefined, await browser.newPage());
 *     await browser.close(); stop(server);
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
// Lighthouse's own dependency: it drives Chromium through Puppeteer.
import puppeteer, { type Browser } from "puppeteer-core";
import { createStaticServer } from "../../src/tools/serve/staticServer.ts";
import { chromiumLaunchOptions } from "../browser/chromium.ts";

/** Read as the build and `npm run serve` read it. */
export function siteBase(): string {
  return process.env["DATELINE_BASE"] || "/";
}

/**
 * Port 0 lets the system pick a free one, so a running `npm start` is no
 * obstacle. `dir` may still be empty: a caller can learn its URL, then build.
 */
export async function serveSite(dir: string, port = 0): Promise<Server> {
  const server = createStaticServer({ root: dir, base: siteBase() });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", rejectListen);
      resolveListen();
    });
  });
  return server;
}

/** With the base path: "http://127.0.0.1:4195/". */
export function siteUrl(server: Server): string {
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}${siteBase()}`;
}

export function stop(server: Server): void {
  server.close();
  // Chromium keeps connections alive; close() alone would wait for them.
  server.closeAllConnections();
}

/** The same Chromium and flags as the Playwright tests. */
export function launchChromium(userDataDir: string): Promise<Browser> {
  return puppeteer.launch({
    ...chromiumLaunchOptions,
    headless: true,
    userDataDir,
  });
}
