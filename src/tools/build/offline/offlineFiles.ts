// The build's last step: the service worker lists every file written before it.
import { join } from "node:path";
import type { SiteWriter } from "../siteWriter.ts";
import { installFiles } from "./installFiles.ts";
import {
  generateServiceWorker,
  SERVICE_WORKER_FILE,
  type Precache,
} from "./serviceWorker.ts";

const publicDir = join(import.meta.dirname, "../../../../public");

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

export function precacheSummary({ count, size }: Precache): string {
  return `The service worker precaches ${count} files, ${size} bytes (${(size / 1024).toFixed(1)} KB) uncompressed.`;
}
