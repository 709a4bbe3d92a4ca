/**
 * "Download all": every file the build lists (ARCHIVE_LIST_FILE) goes into
 * OFFLINE_CACHES.archive, a few at a time, until the reader removes it. It
 * only ever runs because the reader asked; it skips what an earlier run kept,
 * and a cancelled run keeps what it fetched.
 */
import { isRecord } from "../../content/checks.ts";
import { basePath } from "../site.ts";
import {
  ARCHIVE_LIST_FILE,
  OFFLINE_CACHES,
  type ArchiveList,
} from "./caches.ts";
import { storyFile } from "./storyFiles.ts";

/** Each fetch waits on the network more than on the device: a few at once keep both busy. */
const CONCURRENCY = 4;

/** Room to spare beyond the download itself: other sites and the browser need some too. */
const SPARE_ROOM = 0.1;

type ArchiveFile = ArchiveList["files"][number];

export type ArchivePlan = {
  /** Full stories and briefs in the list. */
  readonly stories: number;
  /** Stories whose every file an earlier run kept. */
  readonly keptStories: number;
  /** What this run would fetch. */
  readonly missing: readonly ArchiveFile[];
  readonly missingBytes: number;
  readonly bytes: number;
  /** Each story's files, by slug: a story counts as kept once all of them are. */
  readonly storyFiles: ReadonlyMap<string, readonly string[]>;
};

export type Progress = {
  readonly keptStories: number;
  readonly stories: number;
  readonly keptBytes: number;
  readonly bytes: number;
};

export type DownloadOutcome =
  /** Every file in the list is kept (bar any the site no longer had: `missed`). */
  | "done"
  | "cancelled"
  /** The network went away. */
  | "offline"
  /** The device ran out of room. */
  | "full";

export type DownloadResult = Progress & {
  readonly outcome: DownloadOutcome;
  /** Files the site answered with an error (gone since the list was written). */
  readonly missed: number;
};

export type ArchiveOptions = {
  readonly cacheStorage?: CacheStorage;
  readonly fetchFile?: (url: string, init?: RequestInit) => Promise<Response>;
  readonly base?: string;
};

/** The list file could not be read as a list: a broken deploy, or an HTML error page. */
export class ArchiveListError extends Error {
  override name = "ArchiveListError";
}

/** Parsed at the boundary: the list comes over the network. */
function parseArchiveList(data: unknown): ArchiveList {
  if (
    !isRecord(data) ||
    typeof data["stories"] !== "number" ||
    typeof data["bytes"] !== "number" ||
    !Array.isArray(data["files"])
  )
    throw new ArchiveListError(`${ARCHIVE_LIST_FILE}: not a download list`);
  const files = data["files"].map((file: unknown, index) => {
    if (
      !isRecord(file) ||
      typeof file["url"] !== "string" ||
      typeof file["bytes"] !== "number"
    )
      throw new ArchiveListError(
        `${ARCHIVE_LIST_FILE}: files[${index}] is not { url, bytes }`,
      );
    return { url: file["url"], bytes: file["bytes"] };
  });
  return { stories: data["stories"], bytes: data["bytes"], files };
}

/**
 * Reads the list and what an earlier run kept. Throws on a network failure
 * (TypeError) or a broken list (ArchiveListError).
 * @example const plan = await planDownload(); plan.missingBytes
 */
export async function planDownload({
  cacheStorage = caches,
  fetchFile = (url) => fetch(url),
  base = basePath,
}: ArchiveOptions = {}): Promise<ArchivePlan> {
  const response = await fetchFile(`${base}${ARCHIVE_LIST_FILE}`);
  if (!response.ok)
    throw new ArchiveListError(
      `${ARCHIVE_LIST_FILE}: the server answered ${response.status}`,
    );
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new ArchiveListError(`${ARCHIVE_LIST_FILE}: not JSON`);
  }
  const list = parseArchiveList(data);
  const kept = new Set<string>();
  if (await cacheStorage.has(OFFLINE_CACHES.archive)) {
    const cache = await cacheStorage.open(OFFLINE_CACHES.archive);
    for (const request of await cache.keys())
      kept.add(new URL(request.url).pathname);
  }
  const storyFiles = new Map<string, string[]>();
  for (const { url } of list.files) {
    const story = storyFile(`${base}${url}`, base);
    if (story)
      storyFiles.set(story.slug, [...(storyFiles.get(story.slug) ?? []), url]);
  }
  const isKept = (url: string) => kept.has(`${base}${url}`);
  const missing = list.files.filter((file) => !isKept(file.url));
  let keptStories = 0;
  for (const urls of storyFiles.values()) if (urls.every(isKept)) keptStories++;
  return {
    stories: list.stories,
    keptStories: Math.min(keptStories, list.stories),
    missing,
    missingBytes: missing.reduce((sum, file) => sum + file.bytes, 0),
    bytes: list.bytes,
    storyFiles,
  };
}

export type Room = {
  readonly enough: boolean;
  /** Bytes this site may still use, when the browser says. */
  readonly free: number | undefined;
};

/**
 * Whether `needed` bytes fit in what the browser lets this site use, with
 * some to spare. A browser that does not say is given the benefit of the doubt.
 * @example (await checkRoom(plan.missingBytes)).enough
 */
export async function checkRoom(
  needed: number,
  storage: Pick<StorageManager, "estimate"> | undefined = navigator.storage,
): Promise<Room> {
  try {
    const { quota, usage } = (await storage?.estimate()) ?? {};
    if (quota === undefined) return { enough: true, free: undefined };
    const free = Math.max(0, quota - (usage ?? 0));
    return { enough: needed <= free * (1 - SPARE_ROOM), free };
  } catch {
    return { enough: true, free: undefined };
  }
}

/** What the browser said when asked to keep this site's storage until the reader clears it. */
export type Persistence = "granted" | "refused" | "unsupported";

/** @example await askToPersist() === "granted" */
export async function askToPersist(
  storage:
    | Partial<Pick<StorageManager, "persist" | "persisted">>
    | undefined = navigator.storage,
): Promise<Persistence> {
  if (!storage?.persist) return "unsupported";
  try {
    if (await storage.persisted?.()) return "granted";
    return (await storage.persist()) ? "granted" : "refused";
  } catch {
    return "unsupported";
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === "QuotaExceededError";
}

/**
 * Fetches what `plan` lists as missing, CONCURRENCY at a time, keeping each
 * file as it arrives. `signal` cancels; what was kept stays.
 * @example await download(plan, { signal: controller.signal, onProgress: show })
 */
export async function download(
  plan: ArchivePlan,
  {
    signal,
    onProgress,
    cacheStorage = caches,
    fetchFile = (url, init) => fetch(url, init),
    base = basePath,
  }: ArchiveOptions & {
    signal: AbortSignal;
    onProgress: (progress: Progress) => void;
  },
): Promise<DownloadResult> {
  const cache = await cacheStorage.open(OFFLINE_CACHES.archive);
  // Files left per story not yet kept: a story is kept when its count reaches 0.
  const left = new Map<string, number>();
  const missingUrls = new Set(plan.missing.map((file) => file.url));
  for (const [slug, urls] of plan.storyFiles) {
    const count = urls.filter((url) => missingUrls.has(url)).length;
    if (count > 0) left.set(slug, count);
  }
  let keptStories = plan.keptStories;
  let keptBytes = plan.bytes - plan.missingBytes;
  let missed = 0;
  let completed = 0;
  let stopped: DownloadOutcome | undefined;
  // The reader's cancel, or one fetch finding the network gone or the device
  // full: either stops the fetches in flight.
  const stop = new AbortController();
  if (signal.aborted) stop.abort();
  signal.addEventListener("abort", () => stop.abort(), { once: true });
  const both = stop.signal;
  const progress = (): Progress => ({
    keptStories: Math.min(keptStories, plan.stories),
    stories: plan.stories,
    keptBytes: Math.min(keptBytes, plan.bytes),
    bytes: plan.bytes,
  });

  const fetchOne = async (file: ArchiveFile) => {
    const url = `${base}${file.url}`;
    const response = await fetchFile(url, { signal: both });
    if (!response.ok) {
      missed++;
      completed++;
      return;
    }
    await cache.put(url, response);
    completed++;
    keptBytes += file.bytes;
    const story = storyFile(url, base);
    const count = story && left.get(story.slug);
    if (story && count !== undefined) {
      left.set(story.slug, count - 1);
      if (count === 1) keptStories++;
    }
    onProgress(progress());
  };

  let next = 0;
  const worker = async () => {
    while (next < plan.missing.length && !both.aborted) {
      const file = plan.missing[next++];
      if (!file) return;
      try {
        await fetchOne(file);
      } catch (error) {
        if (signal.aborted) return;
        stopped ??= isQuotaError(error) ? "full" : "offline";
        stop.abort();
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return {
    ...progress(),
    outcome:
      stopped ?? (completed === plan.missing.length ? "done" : "cancelled"),
    missed,
  };
}

/** Frees the space: every file "Download all" kept (saved stories keep theirs). */
export async function removeDownload(
  cacheStorage: CacheStorage = caches,
): Promise<void> {
  await cacheStorage.delete(OFFLINE_CACHES.archive);
}
