/**
 * The build writes the next site into a folder beside the live one and swaps
 * it in only when every step has succeeded, so a failed build never leaves a
 * half-written site for a server or a deploy to pick up.
 *
 * The staging folder starts as hard links to the live site's files: the
 * build still compares against the last output and rewrites only what
 * changed (siteWriter replaces a file rather than writing into it, so the
 * live copy is never touched), and staging costs a link per file, not a copy.
 */
import { copyFile, link, mkdir, readdir, rename, rm } from "node:fs/promises";
import { join, relative } from "node:path";

export type StagedSite = {
  /** Where this build writes. */
  dir: string;
  /** The live folder it will replace. */
  live: string;
  /** Puts the staged site in the live folder's place. */
  commit: () => Promise<void>;
  /** Drops the staged site; the live folder is as it was. */
  abandon: () => Promise<void>;
};

/** Beside the live folder, so the swap is a rename on one file system. */
export const stagingDir = (outDir: string) => `${outDir}.building`;
const retiredDir = (outDir: string) => `${outDir}.previous`;

/**
 * @example
 *   const staged = await stageSite("/repo/dist");
 *   try { await writeEverything(staged.dir); } catch (error) { await staged.abandon(); throw error; }
 *   await staged.commit();
 */
export async function stageSite(outDir: string): Promise<StagedSite> {
  const dir = stagingDir(outDir);
  // Left by a build that was killed: never a site anyone serves.
  await rm(dir, { recursive: true, force: true });
  await rm(retiredDir(outDir), { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await mirror(outDir, dir);
  return {
    dir,
    live: outDir,
    commit: async () => {
      const retired = retiredDir(outDir);
      // Two renames: the live folder is missing only between them, never half-written.
      const hadSite = await rename(outDir, retired).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === "ENOENT") return false;
          throw error;
        },
      );
      await rename(dir, outDir);
      if (hadSite) await rm(retired, { recursive: true, force: true });
    },
    abandon: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Hard links where the file system allows them, copies where it does not. */
async function mirror(from: string, to: string): Promise<void> {
  const entries = await readdir(from, {
    recursive: true,
    withFileTypes: true,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const folders = new Set<string>();
  const files: string[] = [];
  for (const entry of entries) {
    const path = relative(from, join(entry.parentPath, entry.name));
    if (entry.isDirectory()) folders.add(path);
    else if (entry.isFile()) files.push(path);
  }
  for (const folder of [...folders].sort())
    await mkdir(join(to, folder), { recursive: true });
  let linkable = true;
  // A few at a time: tens of thousands of files at 10,000 stories.
  for (let i = 0; i < files.length; i += 64)
    await Promise.all(
      files.slice(i, i + 64).map(async (file) => {
        const source = join(from, file);
        const target = join(to, file);
        if (linkable)
          try {
            await link(source, target);
            return;
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            if (code !== "EXDEV" && code !== "EPERM" && code !== "ENOTSUP")
              throw error;
            linkable = false;
          }
        await copyFile(source, target);
      }),
    );
}
