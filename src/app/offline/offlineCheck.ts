/**
 * Whether a story opens offline: its data file (enough for a link inside the
 * app) or its page (enough for a page load) is in any of this site's caches.
 * Loaded when the reader goes offline, for the marks on story lists.
 */
import { dataFile } from "../../content/dataFiles.ts";
import { basePath } from "../site.ts";

export type OfflineCheck = {
  readonly subscribe: (listener: () => void) => () => void;
  /** What is known so far: undefined until `check` has answered. */
  readonly opens: (slug: string) => boolean | undefined;
  /** Looks the story up, once per spell offline. */
  readonly check: (slug: string, path: string) => void;
};

// The precache keys files by name with a revision (…/index.html?__WB_REVISION__=…),
// the runtime caches by the address asked for: any of them will do.
const ANY_COPY: CacheQueryOptions = { ignoreSearch: true, ignoreVary: true };

/**
 * @param path the story's page, as paths.ts makes it ("/world/…/slug/")
 * @example await opensOffline(caches, "a-story", "/briefs/a-story/")
 */
export async function opensOffline(
  storage: CacheStorage,
  slug: string,
  path: string,
  base: string = basePath,
): Promise<boolean> {
  const page = `${base}${path.slice(1)}`;
  for (const url of [
    `${base}${dataFile.story(slug)}`,
    page,
    `${page}index.html`,
  ])
    if (await storage.match(url, ANY_COPY)) return true;
  return false;
}

export function createOfflineCheck(
  cacheStorage: () => CacheStorage | undefined = () =>
    typeof caches === "undefined" ? undefined : caches,
  events: Pick<EventTarget, "addEventListener"> | undefined = globalThis.window,
): OfflineCheck {
  const known = new Map<string, boolean>();
  const asked = new Set<string>();
  const listeners = new Set<() => void>();
  // Back online, what is kept may change before the next spell offline.
  events?.addEventListener("online", () => {
    known.clear();
    asked.clear();
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    opens: (slug) => known.get(slug),
    check(slug, path) {
      if (asked.has(slug)) return;
      asked.add(slug);
      const storage = cacheStorage();
      void (
        storage ? opensOffline(storage, slug, path) : Promise.resolve(false)
      )
        .catch(() => false)
        .then((opens) => {
          known.set(slug, opens);
          for (const listener of [...listeners]) listener();
        });
    },
  };
}

let shared: OfflineCheck | undefined;

export function offlineCheck(): OfflineCheck {
  shared ??= createOfflineCheck();
  return shared;
}
