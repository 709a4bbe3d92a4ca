/**
 * The build's last step: the icons, the web app manifest and, over the whole
 * finished site, the service worker. Called by src/tools/build/build.ts once
 * every page and data file is written.
 *
 * The page head links the manifest and the touch icon from index.html, the
 * template of every page.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { SiteWriter } from "../siteWriter.ts";
import { pngSize, renderIcons } from "./icons.ts";
import {
  generateServiceWorker,
  SERVICE_WORKER_FILE,
  type Precache,
} from "./serviceWorker.ts";
import { webManifest } from "./webManifest.ts";

const root = join(import.meta.dirname, "../../../..");
/** The one source of every icon: the favicon, as Vite copies it into the site. */
const ICON_SOURCE = join(root, "public/favicon.svg");
const SCREENSHOT = "screenshot-story.png";
export const MANIFEST_FILE = "manifest.webmanifest";

/** @returns what the service worker precaches */
export async function writeOfflineFiles(
  site: SiteWriter,
  base: string,
): Promise<Precache> {
  const { dir: outDir, write } = site;
  const icons = renderIcons(await readFile(ICON_SOURCE, "utf8"));
  for (const icon of icons) await write(icon.file, icon.png);
  const screenshot = pngSize(await readFile(join(outDir, SCREENSHOT)));
  const manifest = webManifest({
    base,
    icons,
    screenshots: [
      {
        file: SCREENSHOT,
        ...screenshot,
        formFactor: "wide",
        label:
          "A story: the headline, date and reading time, the text in a serif column, and related stories beside it",
      },
    ],
  });
  await write(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);

  const precache = await generateServiceWorker(outDir);
  await site.note(SERVICE_WORKER_FILE);
  return precache;
}

/** The build's line about what the service worker keeps offline. */
export function precacheSummary({ count, size }: Precache): string {
  return `The service worker precaches ${count} files, ${size} bytes (${(size / 1024).toFixed(1)} KB) uncompressed.`;
}
