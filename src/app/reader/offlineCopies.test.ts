import { expect, test, vi } from "vitest";
import { storyPath } from "../../content/paths.ts";
import { OFFLINE_CACHES } from "../offline/caches.ts";
import { fakeCacheStorage } from "../offline/fakeCacheStorage.ts";
import { fakeSite } from "../offline/fakeSite.ts";
import { fakeStorage } from "../storage/fakeStorage.ts";
import { briefTitled, seedStory } from "../testing/edition.ts";
import {
  createOfflineCopies,
  keepSavedOffline,
  type OfflineCopiesOptions,
} from "./offlineCopies.ts";
import { createReaderStore, READER_KEY } from "./readerStore.ts";

const brief = briefTitled(/^Lavrov rejects/);
const origin = location.origin;
const seedFiles = [
  `${origin}/data/stories/${seedStory.slug}.json`,
  `${origin}${storyPath(seedStory)}`,
];
const briefFiles = [
  `${origin}/data/stories/${brief.slug}.json`,
  `${origin}${storyPath(brief)}`,
];

function setUp(options: OfflineCopiesOptions = {}) {
  const site = fakeSite();
  const storage = fakeCacheStorage();
  let online = true;
  const copies = createOfflineCopies({
    cacheStorage: () => storage,
    fetchFile: site.fetch,
    online: () => online,
    ...options,
  });
  const kept = () => storage.urls(OFFLINE_CACHES.saved).sort();
  const goOffline = (offline: boolean) => {
    online = !offline;
    site.offline = offline;
  };
  return { site, storage, copies, kept, goOffline };
}

test("a saved story's page and data file are kept, and released when it is unsaved", async () => {
  const { copies, kept } = setUp();
  await copies.follow([seedStory.slug, brief.slug]);
  expect(kept()).toEqual([...seedFiles, ...briefFiles].sort());
  expect(copies.getSnapshot().copies.get(seedStory.slug)).toBe("kept");
  expect(copies.getSnapshot().copies.get(brief.slug)).toBe("kept");

  await copies.follow([brief.slug]);
  expect(kept()).toEqual([...briefFiles].sort());
  expect(copies.getSnapshot().copies.has(seedStory.slug)).toBe(false);
});

test("saved offline, a story waits, and is kept once the network is back", async () => {
  const { copies, kept, goOffline } = setUp();
  goOffline(true);
  await copies.follow([seedStory.slug]);
  expect(copies.getSnapshot().copies.get(seedStory.slug)).toBe("waiting");
  expect(kept()).toEqual([]);

  goOffline(false);
  await copies.follow([seedStory.slug]);
  expect(copies.getSnapshot().copies.get(seedStory.slug)).toBe("kept");
  expect(kept()).toEqual([...seedFiles].sort());
});

test("on start-up, kept copies of stories no longer saved are released, and missing ones fetched", async () => {
  const { copies, kept, storage, site } = setUp();
  const cache = await storage.open(OFFLINE_CACHES.saved);
  for (const url of briefFiles) await cache.put(url, new Response("old"));
  await cache.put(seedFiles[0] ?? "", new Response("{}"));

  await copies.follow([seedStory.slug]);
  expect(kept()).toEqual([...seedFiles].sort());
  // The seed's page was missing, so both its files were fetched afresh.
  expect(site.requested).toEqual([
    new URL(seedFiles[0] ?? "").pathname,
    new URL(seedFiles[1] ?? "").pathname,
  ]);
});

test("a story the site no longer has is shown as not kept, and nothing is stored for it", async () => {
  const { copies, kept } = setUp();
  await copies.follow(["no-such-story"]);
  expect(copies.getSnapshot().copies.get("no-such-story")).toBe("failed");
  expect(kept()).toEqual([]);
});

test("a full device: the story is not kept, and says so", async () => {
  const site = fakeSite();
  const storage = fakeCacheStorage({ full: () => true });
  const copies = createOfflineCopies({
    cacheStorage: () => storage,
    fetchFile: site.fetch,
    online: () => true,
  });
  await copies.follow([seedStory.slug]);
  expect(copies.getSnapshot().copies.get(seedStory.slug)).toBe("failed");
});

test("without a Cache API, or one that refuses to open, saving still works and nothing claims to be kept", async () => {
  for (const cacheStorage of [
    () => undefined,
    () =>
      ({
        open: () => Promise.reject(new DOMException("denied", "SecurityError")),
      }) as unknown as CacheStorage,
  ]) {
    const copies = createOfflineCopies({ cacheStorage });
    const storage = fakeStorage();
    const store = createReaderStore({
      storage: () => storage,
      events: () => null,
    });
    keepSavedOffline(store, copies, undefined);
    store.saveStory(seedStory.slug);
    await vi.waitFor(() => expect(copies.getSnapshot().unsupported).toBe(true));
    expect(store.getSnapshot().saved.map((entry) => entry.slug)).toEqual([
      seedStory.slug,
    ]);
    expect(storage.items.get(READER_KEY)).toContain(seedStory.slug);
  }
});

test("the copies follow the reader store: a save, an unsave here, and one in another tab", async () => {
  const { copies, kept } = setUp();
  const storage = fakeStorage();
  const tabs = new EventTarget();
  const store = createReaderStore({
    storage: () => storage,
    events: () => tabs,
  });
  keepSavedOffline(store, copies, tabs);

  store.saveStory(seedStory.slug);
  store.saveStory(brief.slug);
  await vi.waitFor(() =>
    expect(kept()).toEqual([...seedFiles, ...briefFiles].sort()),
  );

  store.unsaveStory(brief.slug);
  await vi.waitFor(() => expect(kept()).toEqual([...seedFiles].sort()));

  // Another tab unsaves the seed: its write arrives as a storage event.
  storage.items.set(
    READER_KEY,
    JSON.stringify({ version: 1, saved: [], progress: {} }),
  );
  tabs.dispatchEvent(new StorageEvent("storage", { key: READER_KEY }));
  await vi.waitFor(() => expect(kept()).toEqual([]));
});

test("coming back online keeps what was saved while offline", async () => {
  const { copies, kept, goOffline } = setUp();
  const storage = fakeStorage();
  const window = new EventTarget();
  const store = createReaderStore({
    storage: () => storage,
    events: () => null,
  });
  goOffline(true);
  keepSavedOffline(store, copies, window);
  store.saveStory(seedStory.slug);
  await vi.waitFor(() =>
    expect(copies.getSnapshot().copies.get(seedStory.slug)).toBe("waiting"),
  );

  goOffline(false);
  window.dispatchEvent(new Event("online"));
  await vi.waitFor(() => expect(kept()).toEqual([...seedFiles].sort()));
});
