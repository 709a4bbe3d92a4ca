import { expect, test } from "vitest";
import { testEdition } from "../testing/edition.ts";
import {
  ArchiveListError,
  askToPersist,
  checkRoom,
  download,
  planDownload,
  removeDownload,
  type Progress,
} from "./archiveDownload.ts";
import {
  ARCHIVE_LIST_FILE,
  OFFLINE_CACHES,
  type ArchiveList,
} from "./caches.ts";
import { fakeCacheStorage } from "./fakeCacheStorage.ts";
import { fakeSite, type FakeSite } from "./fakeSite.ts";

const STORIES = testEdition.stories.length + testEdition.briefs.length;

/** The list the build would write for the fake site: every page and data file. */
function publishList(site: FakeSite): ArchiveList {
  const files = [...site.files].map(([path, body]) => ({
    url: path.slice(1),
    bytes: body.length,
  }));
  const list = {
    stories: STORIES,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    files,
  };
  site.files.set(`/${ARCHIVE_LIST_FILE}`, JSON.stringify(list));
  return list;
}

function setUp(full?: () => boolean) {
  const site = fakeSite();
  const list = publishList(site);
  const cacheStorage = fakeCacheStorage(full ? { full } : {});
  const options = { cacheStorage, fetchFile: site.fetch };
  const archived = () => cacheStorage.urls(OFFLINE_CACHES.archive);
  return { site, list, cacheStorage, options, archived };
}

test("everything on the list is kept, stories are counted as each completes, and a second run has nothing left to fetch", async () => {
  const { list, options, archived } = setUp();
  const plan = await planDownload(options);
  expect(plan).toMatchObject({
    stories: STORIES,
    keptStories: 0,
    bytes: list.bytes,
    missingBytes: list.bytes,
  });

  const seen: Progress[] = [];
  const result = await download(plan, {
    ...options,
    signal: new AbortController().signal,
    onProgress: (progress) => seen.push(progress),
  });
  expect(result).toMatchObject({
    outcome: "done",
    keptStories: STORIES,
    stories: STORIES,
    keptBytes: list.bytes,
    missed: 0,
  });
  expect(archived()).toHaveLength(list.files.length);
  const counts = seen.map((progress) => progress.keptStories);
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  expect(counts.at(-1)).toBe(STORIES);

  const again = await planDownload(options);
  expect(again).toMatchObject({ keptStories: STORIES, missingBytes: 0 });
  expect(again.missing).toEqual([]);
});

test("a cancelled download keeps what it fetched, and the next run fetches only the rest", async () => {
  const { list, options, archived, site } = setUp();
  const controller = new AbortController();
  const result = await download(await planDownload(options), {
    ...options,
    signal: controller.signal,
    onProgress: () => controller.abort(),
  });
  expect(result.outcome).toBe("cancelled");
  const kept = archived().length;
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(list.files.length);

  const rest = await planDownload(options);
  expect(rest.missing).toHaveLength(list.files.length - kept);
  site.requested.length = 0;
  const finished = await download(rest, {
    ...options,
    signal: new AbortController().signal,
    onProgress: () => undefined,
  });
  expect(finished).toMatchObject({ outcome: "done", keptStories: STORIES });
  expect(site.requested).toHaveLength(list.files.length - kept);
});

test("the network going away stops the download and says so", async () => {
  const { options, site } = setUp();
  const result = await download(await planDownload(options), {
    ...options,
    signal: new AbortController().signal,
    onProgress: () => (site.offline = true),
  });
  expect(result.outcome).toBe("offline");
  expect(result.keptStories).toBeLessThan(STORIES);
});

test("a device that fills up stops the download and says so", async () => {
  let puts = 0;
  const { options } = setUp(() => ++puts > 2);
  const result = await download(await planDownload(options), {
    ...options,
    signal: new AbortController().signal,
    onProgress: () => undefined,
  });
  expect(result.outcome).toBe("full");
  expect(result.keptBytes).toBeGreaterThan(0);
});

test("a file gone from the site since the list was written is counted, and the rest still kept", async () => {
  const { options, site, list, archived } = setUp();
  const [first] = list.files;
  site.files.delete(`/${first?.url}`);
  const result = await download(await planDownload(options), {
    ...options,
    signal: new AbortController().signal,
    onProgress: () => undefined,
  });
  expect(result).toMatchObject({ outcome: "done", missed: 1 });
  expect(archived()).toHaveLength(list.files.length - 1);
});

test("a list that is not one is refused with its name", async () => {
  const { options, site } = setUp();
  site.files.set(`/${ARCHIVE_LIST_FILE}`, JSON.stringify({ files: "all" }));
  await expect(planDownload(options)).rejects.toThrow(ArchiveListError);
  site.files.set(`/${ARCHIVE_LIST_FILE}`, "<!doctype html>");
  await expect(planDownload(options)).rejects.toThrow(/offline\/archive.json/);
});

test("removing the download frees its cache and nothing else", async () => {
  const { options, cacheStorage } = setUp();
  await (
    await cacheStorage.open(OFFLINE_CACHES.saved)
  ).put("/a/", new Response("a"));
  await download(await planDownload(options), {
    ...options,
    signal: new AbortController().signal,
    onProgress: () => undefined,
  });
  await removeDownload(cacheStorage);
  expect(await cacheStorage.keys()).toEqual([OFFLINE_CACHES.saved]);
});

test("room: the download must fit in what the browser allows, with some to spare", async () => {
  const estimate = (quota?: number, usage?: number) => ({
    estimate: (): Promise<StorageEstimate> =>
      Promise.resolve(quota === undefined ? {} : { quota, usage: usage ?? 0 }),
  });
  expect(await checkRoom(60, estimate(100, 50))).toEqual({
    enough: false,
    free: 50,
  });
  expect(await checkRoom(10, estimate(100, 50))).toEqual({
    enough: true,
    free: 50,
  });
  // A browser that cannot say is not held against the reader.
  expect(await checkRoom(10, undefined)).toEqual({
    enough: true,
    free: undefined,
  });
  expect(await checkRoom(10, estimate())).toEqual({
    enough: true,
    free: undefined,
  });
});

test("persistence: what the browser answered", async () => {
  expect(
    await askToPersist({
      persisted: () => Promise.resolve(true),
      persist: () => Promise.resolve(false),
    }),
  ).toBe("granted");
  expect(
    await askToPersist({
      persisted: () => Promise.resolve(false),
      persist: () => Promise.resolve(true),
    }),
  ).toBe("granted");
  expect(
    await askToPersist({
      persisted: () => Promise.resolve(false),
      persist: () => Promise.resolve(false),
    }),
  ).toBe("refused");
  expect(await askToPersist({})).toBe("unsupported");
  expect(await askToPersist(undefined)).toBe("unsupported");
});
