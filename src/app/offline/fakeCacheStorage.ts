// A test stand-in for the Cache API (jsdom has none): enough of CacheStorage
// and Cache for the page's offline code, keyed by full URL as browsers key them.

export type FakeCacheStorage = CacheStorage & {
  /** Each cache's URLs, for assertions. */
  readonly urls: (name: string) => string[];
};

type Options = {
  /** Makes `put` throw QuotaExceededError, as a full device does. */
  full?: () => boolean;
};

function keyOf(request: RequestInfo | URL, ignoreSearch = false): string {
  const url = new URL(
    request instanceof Request ? request.url : String(request),
    location.href,
  );
  if (ignoreSearch) url.search = "";
  return url.href;
}

function fakeCache(options: Options, entries: Map<string, Response>): Cache {
  const find = (request: RequestInfo | URL, query?: CacheQueryOptions) => {
    const key = keyOf(request, query?.ignoreSearch);
    for (const url of entries.keys())
      if (keyOf(url, query?.ignoreSearch) === key) return url;
    return undefined;
  };
  const put = (request: RequestInfo | URL, response: Response) => {
    if (options.full?.())
      return Promise.reject(
        new DOMException("The quota has been exceeded.", "QuotaExceededError"),
      );
    entries.set(keyOf(request), response.clone());
    return Promise.resolve();
  };
  const cache: Cache = {
    async add(request) {
      const response = await fetch(request);
      if (!response.ok) throw new TypeError(`${response.status}`);
      await put(request, response);
    },
    async addAll(requests) {
      for (const request of requests) await cache.add(request);
    },
    delete(request, query) {
      const url = find(request, query);
      return Promise.resolve(url !== undefined && entries.delete(url));
    },
    keys() {
      return Promise.resolve(
        [...entries.keys()].map((url) => new Request(url)),
      );
    },
    match(request, query) {
      const url = find(request, query);
      return Promise.resolve(
        url === undefined ? undefined : entries.get(url)?.clone(),
      );
    },
    matchAll(request, query) {
      const urls =
        request === undefined ? [...entries.keys()] : [find(request, query)];
      return Promise.resolve(
        urls.flatMap((url) => {
          const response = url === undefined ? undefined : entries.get(url);
          return response ? [response.clone()] : [];
        }),
      );
    },
    put,
  };
  return cache;
}

/**
 * @example
 * const storage = fakeCacheStorage();
 * await (await storage.open("dateline-saved")).put("/a/", new Response("a"));
 * storage.urls("dateline-saved"); // ["http://localhost:3000/a/"]
 */
export function fakeCacheStorage(options: Options = {}): FakeCacheStorage {
  const contents = new Map<string, Map<string, Response>>();
  const caches = new Map<string, Cache>();
  const storage: FakeCacheStorage = {
    open(name) {
      let cache = caches.get(name);
      if (!cache) {
        const entries = new Map<string, Response>();
        cache = fakeCache(options, entries);
        caches.set(name, cache);
        contents.set(name, entries);
      }
      return Promise.resolve(cache);
    },
    has(name) {
      return Promise.resolve(caches.has(name));
    },
    delete(name) {
      contents.delete(name);
      return Promise.resolve(caches.delete(name));
    },
    keys() {
      return Promise.resolve([...caches.keys()]);
    },
    async match(request, query) {
      const names = query?.cacheName ? [query.cacheName] : [...caches.keys()];
      for (const name of names) {
        const found = await caches.get(name)?.match(request, query);
        if (found) return found;
      }
      return undefined;
    },
    urls(name) {
      return [...(contents.get(name)?.keys() ?? [])];
    },
  };
  return storage;
}
