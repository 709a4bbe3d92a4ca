// The build's last step: the service worker's precache list hashes files written before it.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { dataFile } from "../../../content/dataFiles.ts";
import { storyPath, type StoryAddress } from "../../../content/paths.ts";
import type { SiteWriter } from "../siteWriter.ts";
import { archiveList } from "./archiveList.ts";
import { installFiles, MANIFEST_FILE } from "./installFiles.ts";
import {
  planPrecache,
  precachedFiles,
  type PrecachePlan,
  type SizedFile,
} from "./precachePlan.ts";
import {
  bundleServiceWorker,
  precacheEntry,
  SERVICE_WORKER_FILE,
} from "./serviceWorker.ts";
import { ARCHIVE_LIST_FILE } from "../../../app/offline/caches.ts";

const publicDir = join(import.meta.dirname, "../../../../public");

/**
 * Whatever page a reader opens, these draw it: every script and style, the
 * icons, the pages that are shells (search, saved), the front page, the
 * not-found page (the offline fallback for any page in no cache) and the
 * story index the list pages' loaders read.
 */
const SHELL_FILES = [
  "index.html",
  "404.html",
  "search/index.html",
  "saved/index.html",
  "favicon.svg",
  MANIFEST_FILE,
  "data/index.json",
];
const SHELL_FOLDERS = ["assets", "icons"];
/**
 * Built files a first visit leaves out: the fonts, which only a reader who
 * chooses the hyperlegible face ever uses (src/app/styles/tokens.css). The
 * browser's own cache keeps them once fetched.
 */
const ONLY_WHEN_CHOSEN = /\.woff2$/;

export type NewsStory = Extract<StoryAddress, { kind: "full" }>;

/**
 * @param stories the edition's full stories, newest first
 * @param cap the most the precache may weigh, gzip bytes
 */
export async function writeOfflineFiles(
  site: SiteWriter,
  options: { base: string; stories: NewsStory[]; cap: number },
): Promise<PrecachePlan> {
  for (const { file, content } of await installFiles(publicDir, options.base))
    await site.write(file, content);

  const contents = new Map<string, Buffer>();
  const sized = async (file: string): Promise<SizedFile> => {
    const content = await readFile(join(site.dir, file));
    contents.set(file, content);
    return {
      file,
      bytes: content.byteLength,
      gzip: gzipSync(content).byteLength,
    };
  };

  // What this build wrote, not what the folder holds: until the build ends,
  // the folder still has the last build's assets, under names now gone.
  const produced = new Set(site.written.map(({ file }) => file));
  const shell: SizedFile[] = [];
  for (const folder of SHELL_FOLDERS)
    for (const file of [...produced]
      .filter(
        (file) => file.startsWith(`${folder}/`) && !ONLY_WHEN_CHOSEN.test(file),
      )
      .sort())
      shell.push(await sized(file));
  for (const file of SHELL_FILES) shell.push(await sized(file));

  const plan = await planLazily(shell, options.stories, options.cap, sized);
  const manifest = precachedFiles(plan).map(({ file }) =>
    precacheEntry(file, contents.get(file) ?? Buffer.alloc(0)),
  );
  await site.write(
    ARCHIVE_LIST_FILE,
    `${JSON.stringify(archiveList(site.written))}\n`,
  );
  await site.write(SERVICE_WORKER_FILE, await bundleServiceWorker(manifest));
  return plan;
}

/** Reads only as many stories as could fit: at 10,000 stories, most never need weighing. */
async function planLazily(
  shell: SizedFile[],
  stories: NewsStory[],
  cap: number,
  sized: (file: string) => Promise<SizedFile>,
): Promise<PrecachePlan> {
  const shellGzip = shell.reduce((sum, f) => sum + f.gzip, 0);
  const weighed = [];
  let gzip = shellGzip;
  for (const story of stories) {
    if (gzip > cap) break;
    const files = [
      await sized(`${storyPath(story).slice(1)}index.html`),
      await sized(dataFile.story(story.slug)),
    ];
    gzip += files.reduce((sum, f) => sum + f.gzip, 0);
    weighed.push({ slug: story.slug, published: story.published, files });
  }
  const plan = planPrecache(shell, weighed, cap);
  return { ...plan, left: stories.length - plan.newest.length };
}
