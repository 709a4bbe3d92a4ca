/**
 * Saved stories are kept for offline: a story's page and data file go into
 * OFFLINE_CACHES.saved as soon as it is saved, and leave when it is unsaved,
 * here or in another tab. The saved list in localStorage is the truth and
 * this cache only follows it: a Cache API that is missing or fails (an
 * insecure page, a private window, a full device) means a story is not kept
 * for offline, never that saving or reading fails.
 */
import { dataFile } from "../../content/dataFiles.ts";
import { OFFLINE_CACHES } from "../offline/caches.ts";
import { keptStory, storyFile, storyUrls } from "../offline/storyFiles.ts";
import { basePath } from "../site.ts";
import type { SavedStory } from "./readerData.ts";

/**
 * - kept: page and data file are on this device;
 * - keeping: being fetched now;
 * - waiting: offline, so it will be kept once the network is back;
 * - failed: the network answered, but the files could not be fetched or stored.
 */
export type OfflineCopy = "kept" | "keeping" | "waiting" | "failed";

export type CopiesSnapshot = {
  /** No Cache API here (or it refuses to open): nothing can be kept. */
  readonly unsupported: boolean;
  readonly copies: ReadonlyMap<string, OfflineCopy>;
};

export type OfflineCopies = {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => CopiesSnapshot;
  /**
   * Makes the cache hold exactly these saved stories: fetches what is missing
   * (when online), deletes what is no longer saved. Calls made while one runs
   * are folded into one more run, with the latest list.
   */
  readonly follow: (slugs: readonly string[]) => Promise<void>;
};

export type OfflineCopiesOptions = {
  /** Read on each run: `caches` may be missing, or throw when read. */
  readonly cacheStorage?: () => CacheStorage | undefined;
  readonly fetchFile?: (url: string) => Promise<Response>;
  readonly online?: () => boolean;
  readonly base?: string;
};

function browserCaches(): CacheStorage | undefined {
  return typeof caches === "undefined" ? undefined : caches;
}

/** @example const copies = createOfflineCopies(); await copies.follow(["a-story"]); */
export function createOfflineCopies(
  options: OfflineCopiesOptions = {},
): OfflineCopies {
  const cacheStorage = options.cacheStorage ?? browserCaches;
  const fetchFile = options.fetchFile ?? ((url) => fetch(url));
  const online = options.online ?? (() => navigator.onLine);
  const base = options.base ?? basePath;

  const listeners = new Set<() => void>();
  let snapshot: CopiesSnapshot = { unsupported: false, copies: new Map() };
  let wanted: ReadonlySet<string> = new Set();
  let running: Promise<void> | undefined;
  let again = false;

  function publish(next: CopiesSnapshot): void {
    snapshot = next;
    for (const listener of [...listeners]) listener();
  }

  function set(slug: string, copy: OfflineCopy): void {
    // Only stories still wanted: one unsaved meanwhile has left the list.
    if (!wanted.has(slug)) return;
    publish({
      unsupported: false,
      copies: new Map(snapshot.copies).set(slug, copy),
    });
  }

  /** Why a keep failed: offline it only waits; online it failed. */
  const notKept = (): OfflineCopy => (online() ? "failed" : "waiting");

  async function keep(cache: Cache, slug: string): Promise<OfflineCopy> {
    try {
      const dataUrl = `${base}${dataFile.story(slug)}`;
      const data = await fetchFile(dataUrl);
      if (!data.ok) return "failed";
      // The page's address is in the story (section and date), not in the saved list.
      const story = keptStory(await data.clone().json());
      if (story?.slug !== slug) return "failed";
      const pageUrl = storyUrls(story, base).page;
      const page = await fetchFile(pageUrl);
      if (!page.ok) return "failed";
      await cache.put(dataUrl, data);
      await cache.put(pageUrl, page);
      return "kept";
    } catch {
      // No network, or a full device (QuotaExceededError).
      return notKept();
    }
  }

  async function run(slugs: ReadonlySet<string>): Promise<void> {
    let cache: Cache;
    try {
      const storage = cacheStorage();
      if (!storage) throw new Error("no Cache API");
      cache = await storage.open(OFFLINE_CACHES.saved);
    } catch {
      publish({ unsupported: true, copies: new Map() });
      return;
    }
    const held = new Map<string, { requests: Request[]; files: number }>();
    try {
      for (const request of await cache.keys()) {
        const file = storyFile(request.url, base);
        if (!file) continue;
        const entry = held.get(file.slug) ?? { requests: [], files: 0 };
        entry.requests.push(request);
        entry.files += 1;
        held.set(file.slug, entry);
      }
      for (const [slug, { requests }] of held)
        if (!slugs.has(slug))
          await Promise.all(requests.map((request) => cache.delete(request)));
    } catch {
      // The cache could not be read: whatever it holds stays, and nothing is shown as kept.
      held.clear();
    }
    const copies = new Map<string, OfflineCopy>();
    for (const slug of slugs)
      copies.set(
        slug,
        (held.get(slug)?.files ?? 0) >= 2
          ? "kept"
          : online()
            ? "keeping"
            : "waiting",
      );
    publish({ unsupported: false, copies });
    for (const [slug, copy] of copies) {
      // A newer list is waiting: it decides what to fetch.
      if (again) return;
      if (copy === "keeping") set(slug, await keep(cache, slug));
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    follow(slugs) {
      // A Set: each story's result checks it, and a list may hold thousands.
      wanted = new Set(slugs);
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await run(wanted);
        } while (again);
      })().finally(() => (running = undefined));
      return running;
    },
  };
}

let shared: OfflineCopies | undefined;

/** This page's copies, made on first use. */
export function offlineCopies(): OfflineCopies {
  shared ??= createOfflineCopies();
  return shared;
}

type SavedList = {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => { readonly saved: readonly SavedStory[] };
};

/**
 * Keeps `copies` following the saved list from now on: at once (which
 * catches up with changes made while this page was closed, or in a tab that
 * could not keep them), on every change, and when the network comes back.
 * @example keepSavedOffline(readerStore())
 */
export function keepSavedOffline(
  store: SavedList,
  copies: OfflineCopies = offlineCopies(),
  events: Pick<EventTarget, "addEventListener"> | undefined = globalThis.window,
): void {
  let last: readonly SavedStory[] | undefined;
  const follow = () =>
    void copies.follow(last?.map((entry) => entry.slug) ?? []);
  const onChange = () => {
    const { saved } = store.getSnapshot();
    // Reading places change the snapshot too, many times a minute.
    if (saved === last) return;
    last = saved;
    follow();
  };
  store.subscribe(onChange);
  events?.addEventListener("online", follow);
  onChange();
}
