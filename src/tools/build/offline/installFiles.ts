import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pngSize, renderIcons } from "./icons.ts";
import { webManifest } from "./webManifest.ts";

export const MANIFEST_FILE = "manifest.webmanifest";
const ICON_SOURCE = "favicon.svg";
const SCREENSHOT = "screenshot-story.png";

/**
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
