/**
 * The build's last step: the icons, the web app manifest and, over the whole
 * finished site, the service worker. Called by src/tools/build/build.ts once
 * every page and data file is written.
 *
 * The page head links the manifest and the touch icon from index.html, the
 * template of every page.
 */
import { join } from "node:path";
import type { SiteWriter } from "../siteWriter.ts";
import { installFiles } from "./installFiles.ts";
import {
  generateServiceWorker,
  SERVICE_WORKER_FILE,
  type Precache,
} from "./serviceWorker.ts";

const publicDir = join(import.meta.dirname, "../../../../public");

/** @returns what the service worker precaches */
export async function writeOfflineFiles(
  site: SiteWriter,
  base: string,
): Promise<Precache> {
  for (const { file, content } of await installFiles(publicDir, base))
    await site.write(file, content);

  const precache = await generateServiceWorker(site.dir);
  await site.note(SERVICE_WORKER_FILE);
  return precache;
}

/** The build's line about what the service worker keeps offline. */
export function precacheSummary({ count, size }: Precache): string {
  return `The service worker precaches ${count} files, ${size} bytes (${(size / 1024).toFixed(1)} KB) uncompressed.`;
}
