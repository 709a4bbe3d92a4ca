/**
 * What a first visit downloads in the background: the app shell whole, then
 * the newest stories, each with its data file, while they fit under the cap.
 * Sizes are gzip, as the reader pays them.
 */
import { UserError } from "../../../content/userError.ts";

export class PrecacheCapError extends UserError {
  override name = "PrecacheCapError";
}

export type SizedFile = { file: string; bytes: number; gzip: number };

export type StoryFiles = {
  slug: string;
  published: string;
  files: SizedFile[];
};

export type PrecachePlan = {
  shell: SizedFile[];
  /** Newest first: a story is kept whole or not at all. */
  newest: StoryFiles[];
  /** Stories left to the runtime cache, saving and "Download all". */
  left: number;
  cap: number;
};

/**
 * Stops at the first story that does not fit, so "the newest N" stays true:
 * a smaller, older story never jumps the queue.
 * @throws PrecacheCapError when the shell alone passes the cap
 * @example planPrecache(shell, stories, 1024 * 1024).newest.length // 48
 */
export function planPrecache(
  shell: SizedFile[],
  stories: StoryFiles[],
  cap: number,
): PrecachePlan {
  let used = gzipOf(shell);
  if (used > cap)
    throw new PrecacheCapError(
      `the app shell alone is ${kb(used)} gzip, over the precache cap of ${kb(cap)} (DATELINE_PRECACHE_KB): ${shell.length} files, largest ${largest(shell)}`,
    );
  const newest: StoryFiles[] = [];
  for (const story of stories) {
    const size = gzipOf(story.files);
    if (used + size > cap) break;
    used += size;
    newest.push(story);
  }
  return { shell, newest, left: stories.length - newest.length, cap };
}

export function precachedFiles(plan: PrecachePlan): SizedFile[] {
  return [...plan.shell, ...plan.newest.flatMap((story) => story.files)];
}

/**
 * For the build's output, and the line the bench reads (tests/bench).
 * @example precacheReport(plan) // ["Precached for offline: …", "precache: 61 files, 2345678 bytes, 812345 bytes gzip, cap 1048576 bytes gzip"]
 */
export function precacheReport(plan: PrecachePlan): string[] {
  const files = precachedFiles(plan);
  const raw = files.reduce((sum, f) => sum + f.bytes, 0);
  const gzip = gzipOf(files);
  const stories = plan.newest;
  const range =
    stories.length === 0
      ? ""
      : ` (${stories[stories.length - 1]?.published} to ${stories[0]?.published})`;
  return [
    `Precached for offline, ${kb(gzip)} gzip of a ${kb(plan.cap)} cap:`,
    `  app shell: ${plan.shell.length} files, ${kb(gzipOf(plan.shell))} gzip (${plan.shell.map((f) => f.file).join(", ")})`,
    `  newest stories: ${stories.length}${range}, ${kb(gzip - gzipOf(plan.shell))} gzip; ${plan.left} more open online, or offline once read, saved or downloaded`,
    `precache: ${files.length} files, ${raw} bytes, ${gzip} bytes gzip, cap ${plan.cap} bytes gzip`,
  ];
}

function gzipOf(files: SizedFile[]): number {
  return files.reduce((sum, f) => sum + f.gzip, 0);
}

function largest(files: SizedFile[]): string {
  const top = files.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  return `${top.file} at ${kb(top.gzip)}`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
