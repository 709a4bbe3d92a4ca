/**
 * What a browser needs to offer "Install Dateline": the PNG icons, drawn from
 * the favicon, and the web app manifest. The build writes them
 * (offlineFiles.ts); the dev server answers them (devFiles.ts).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pngSize, renderIcons } from "./icons.ts";
import { webManifest } from "./webManifest.ts";

export const MANIFEST_FILE = "manifest.webmanifest";
/** The one source of every icon. */
const ICON_SOURCE = "favicon.svg";
const SCREENSHOT = "screenshot-story.png";

/**
 * @param publicDir the folder Vite copies into the site as it is, which holds
 *   the favicon and the screenshot
 * @param base the site's base path, e.g. "/" or "/dateline/"
 * @example await installFiles("public", "/") // icons/icon-192.png … manifest.webmanifest
 */
export async function installFiles(
  publicDir: string,
  base: string,
): Promise<{ file: string; content: Buffer | string }[]> {
  const icons = renderIcons(
    await readFile(join(publicDir, ICON_SOURCE), "utf8"),
  );
  const screenshot = pngSize(await readFile(join(publicDir, SCREENSHOT)));
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
  return [
    ...icons.map((icon) => ({ file: icon.file, content: icon.png })),
    {
      file: MANIFEST_FILE,
      content: `${JSON.stringify(manifest, null, 2)}\n`,
    },
  ];
}
