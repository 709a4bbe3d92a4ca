/** Sizes are noted, raw and gzipped, for the table the build prints at the end. */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";

export type WrittenFile = { file: string; bytes: number; gzip: number };

export type SiteWriter = {
  dir: string;
  written: WrittenFile[];
  write: (file: string, content: Buffer | string) => Promise<void>;
  /** For a file another tool wrote (Workbox writes the service worker). */
  note: (file: string) => Promise<void>;
};

export function siteWriter(dir: string): SiteWriter {
  const written: WrittenFile[] = [];
  const record = (file: string, content: Buffer | string) =>
    written.push({
      file,
      bytes: Buffer.byteLength(content),
      gzip: gzipSync(content).byteLength,
    });
  return {
    dir,
    written,
    write: async (file, content) => {
      const target = join(dir, file);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
      record(file, content);
    },
    note: async (file) => {
      record(file, await readFile(join(dir, file)));
    },
  };
}
