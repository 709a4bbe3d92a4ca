import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import {
  disabledStorage,
  fakeStorage,
  type FakeStorage,
} from "../storage/fakeStorage.ts";
import {
  CORRUPT_BACKUP_PREFIX,
  createReaderStore,
  READER_KEY,
  type ReaderStoreOptions,
} from "./readerStore.ts";
import { SavedFileError } from "./savedFile.ts";

const start = new Date("2024-05-01T10:00:00.000Z");

beforeEach(() => {
  vi.useFakeTimers({ now: start });
});
afterEach(() => {
  vi.useRealTimers();
});

function storeOn(storage: FakeStorage, options: ReaderStoreOptions = {}) {
  return createReaderStore({
    storage: () => storage,
    events: () => null,
    ...options,
  });
}

function stored(storage: FakeStorage): unknown {
  const text = storage.items.get(READER_KEY);
  return text === undefined ? undefined : JSON.parse(text);
}

const slugs = (store: ReturnType<typeof storeOn>) =>
  store.getSnapshot().saved.map((entry) => entry.slug);

describe("saved stories", () => {
  test("newest first, no duplicates, unsave and toggle, all written to storage", () => {
    const storage = fakeStorage();
    const store = storeOn(storage);
    store.saveStory("first");
    vi.advanceTimersByTime(1000);
    store.saveStory("second");
    store.saveStory("first");
    expect(slugs(store)).toEqual(["second", "first"]);
    expect(store.toggleSaved("first")).toBe(false);
    expect(store.toggleSaved("third")).toBe(true);
    expect(slugs(store)).toEqual(["third", "second"]);
    store.unsaveStory("second");
    expect(stored(storage)).toEqual({
      version: 1,
      saved: [{ slug: "third", savedAt: "2024-05-01T10:00:01.000Z" }],
      progress: {},
    });
    expect(store.getSnapshot().problem).toBeNull();
  });

  test("a legacy list is read as saved stories and written back as version 1 on the next change", () => {
    const storage = fakeStorage({ [READER_KEY]: '["b","a"]' });
    const store = storeOn(storage);
    expect(slugs(store)).toEqual(["b", "a"]);
    store.saveStory("c");
    expect(stored(storage)).toMatchObject({
      version: 1,
      saved: [{ slug: "c" }, { slug: "b" }, { slug: "a" }],
    });
  });

  test("a bad slug is a programming error, not something to store", () => {
    const store = storeOn(fakeStorage());
    expect(() => store.saveStory("Not a slug")).toThrow(RangeError);
    expect(() => store.recordProgress("ok", 0)).toThrow(RangeError);
  });
});

describe("snapshots", () => {
  test("the same object until something changes", () => {
    const store = storeOn(fakeStorage({ [READER_KEY]: '["a"]' }));
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.saveStory("a");
    expect(store.getSnapshot()).toBe(first);
    store.saveStory("b");
    expect(store.getSnapshot()).not.toBe(first);
  });

  test("the server snapshot is empty and never reads storage", () => {
    const getItem = vi.fn(() => '["a"]');
    const store = createReaderStore({
      storage: () => ({ getItem, setItem: vi.fn() }),
    });
    expect(store.getServerSnapshot()).toEqual({
      saved: [],
      progress: new Map(),
      problem: null,
    });
    expect(getItem).not.toHaveBeenCalled();
    expect(store.getSnapshot().saved).toHaveLength(1);
    expect(store.getServerSnapshot().saved).toHaveLength(0);
  });
});

describe("reading progress", () => {
  test("writes at once, then at most once a second per story, keeping the last position", () => {
    const storage = fakeStorage();
    const store = storeOn(storage);
    const progressWrites = () => storage.writes.length;

    store.recordProgress("story", 1);
    expect(progressWrites()).toBe(1);
    store.recordProgress("story", 2);
    store.recordProgress("story", 3);
    // Memory, and so the page, is current at once; storage waits.
    expect(store.getSnapshot().progress.get("story")?.paragraph).toBe(3);
    expect(progressWrites()).toBe(1);

    vi.advanceTimersByTime(999);
    expect(progressWrites()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(progressWrites()).toBe(2);
    expect(stored(storage)).toMatchObject({
      progress: { story: { paragraph: 3 } },
    });

    // No new position: the window closes with no write.
    vi.advanceTimersByTime(5000);
    expect(progressWrites()).toBe(2);
    store.recordProgress("story", 4);
    expect(progressWrites()).toBe(3);
  });

  test("flushProgress writes a waiting position now", () => {
    const storage = fakeStorage();
    const store = storeOn(storage);
    store.recordProgress("story", 1);
    store.recordProgress("story", 7);
    store.flushProgress();
    expect(stored(storage)).toMatchObject({
      progress: { story: { paragraph: 7 } },
    });
    vi.advanceTimersByTime(2000);
    expect(storage.writes).toHaveLength(2);
  });

  test("keeps only the most recently read stories", () => {
    const storage = fakeStorage();
    const store = storeOn(storage, { progressLimit: 2 });
    for (const slug of ["a", "b", "c"]) {
      store.recordProgress(slug, 1);
      vi.advanceTimersByTime(1000);
    }
    expect([...store.getSnapshot().progress.keys()].sort()).toEqual(["b", "c"]);
    expect(
      Object.keys((stored(storage) as { progress: object }).progress).sort(),
    ).toEqual(["b", "c"]);
  });

  test("the scheduler can be injected", () => {
    const due: (() => void)[] = [];
    const storage = fakeStorage();
    const store = storeOn(storage, {
      schedule: (callback) => {
        due.push(callback);
        return () => {};
      },
    });
    store.recordProgress("story", 1);
    store.recordProgress("story", 2);
    expect(storage.writes).toHaveLength(1);
    due.shift()?.();
    expect(storage.writes).toHaveLength(2);
  });
});

describe("import and export", () => {
  test("export then import on another device merges into what is there", () => {
    const from = storeOn(fakeStorage());
    from.saveStory("a");
    from.saveStory("b");
    const text = from.exportSavedFile();

    const storage = fakeStorage();
    const to = storeOn(storage);
    to.saveStory("b");
    expect(to.importSavedFile(text)).toBe(1);
    expect(slugs(to)).toEqual(["b", "a"]);
    expect(stored(storage)).toMatchObject({
      saved: [{ slug: "b" }, { slug: "a" }],
    });
  });

  test("a bad file changes nothing", () => {
    const storage = fakeStorage();
    const store = storeOn(storage);
    store.saveStory("a");
    const before = store.getSnapshot();
    expect(() => store.importSavedFile("{")).toThrow(SavedFileError);
    expect(store.getSnapshot()).toBe(before);
    expect(storage.writes).toHaveLength(1);
  });
});

describe("broken storage", () => {
  test("disabled storage: reading works in memory, and says so", () => {
    const store = createReaderStore({
      storage: disabledStorage,
      events: () => null,
    });
    expect(store.getSnapshot().problem).toBe("unavailable");
    store.saveStory("a");
    store.recordProgress("a", 2);
    expect(store.getSnapshot()).toMatchObject({
      saved: [{ slug: "a" }],
      problem: "unavailable",
    });
    expect(store.getSnapshot().progress.get("a")?.paragraph).toBe(2);
  });

  test("storage that reads but throws SecurityError on write is unavailable", () => {
    const store = createReaderStore({
      storage: () => ({
        getItem: () => null,
        setItem: () => {
          throw new DOMException("no", "SecurityError");
        },
      }),
      events: () => null,
    });
    store.saveStory("a");
    expect(store.getSnapshot()).toMatchObject({
      saved: [{ slug: "a" }],
      problem: "unavailable",
    });
  });

  test("full storage: the change stays in memory, the stored value and other keys are untouched", () => {
    const original = JSON.stringify({
      version: 1,
      saved: [{ slug: "kept", savedAt: "2024-01-01T00:00:00.000Z" }],
      progress: {},
    });
    let isFull = true;
    const storage = fakeStorage(
      { [READER_KEY]: original, "other-app": "x" },
      () => isFull,
    );
    const store = storeOn(storage);
    store.saveStory("new");
    expect(store.getSnapshot()).toMatchObject({
      saved: [{ slug: "new" }, { slug: "kept" }],
      problem: "full",
    });
    expect(Object.fromEntries(storage.items)).toEqual({
      [READER_KEY]: original,
      "other-app": "x",
    });

    // Once there is room, the next change stores everything kept in memory.
    isFull = false;
    store.saveStory("later");
    expect(store.getSnapshot().problem).toBeNull();
    expect(stored(storage)).toMatchObject({
      saved: [{ slug: "later" }, { slug: "new" }, { slug: "kept" }],
    });
  });

  test.each([
    ["not JSON", "{oops"],
    ["a wrong shape", '{"version":1,"saved":"a"}'],
    ["a future version", '{"version":9,"saved":[],"progress":{}}'],
  ])(
    "%s: backed up with its exact text before the first write, then replaced",
    (_, original) => {
      const storage = fakeStorage({ [READER_KEY]: original });
      const store = storeOn(storage);
      expect(store.getSnapshot()).toMatchObject({
        saved: [],
        problem: "corrupt",
      });
      // Reading alone writes nothing.
      expect(storage.writes).toEqual([]);

      store.saveStory("a");
      const backupKey = `${CORRUPT_BACKUP_PREFIX}${start.toISOString()}`;
      expect(storage.writes.map(([key]) => key)).toEqual([
        backupKey,
        READER_KEY,
      ]);
      expect(storage.items.get(backupKey)).toBe(original);
      expect(stored(storage)).toMatchObject({ saved: [{ slug: "a" }] });
      expect(store.getSnapshot().problem).toBe("corrupt");

      // Backed up once only.
      store.saveStory("b");
      expect(storage.writes.map(([key]) => key)).toEqual([
        backupKey,
        READER_KEY,
        READER_KEY,
      ]);
    },
  );

  test("corrupt value whose backup fails: nothing is written, the change stays in memory", () => {
    const storage = fakeStorage({ [READER_KEY]: "{oops" }, (key) =>
      key.startsWith(CORRUPT_BACKUP_PREFIX),
    );
    const store = storeOn(storage);
    store.saveStory("a");
    expect(storage.writes).toEqual([]);
    expect(storage.items.get(READER_KEY)).toBe("{oops");
    expect(store.getSnapshot()).toMatchObject({
      saved: [{ slug: "a" }],
      problem: "full",
    });
  });

  test("an older backup with the same time is not overwritten", () => {
    const backupKey = `${CORRUPT_BACKUP_PREFIX}${start.toISOString()}`;
    const storage = fakeStorage({
      [READER_KEY]: "{new oops",
      [backupKey]: "{old oops",
    });
    const store = storeOn(storage);
    store.saveStory("a");
    expect(storage.items.get(backupKey)).toBe("{old oops");
    expect(storage.items.get(`${backupKey}~1`)).toBe("{new oops");
  });
});

describe("other tabs", () => {
  test("a storage event for the reader key re-reads and tells subscribers", () => {
    const storage = fakeStorage();
    const store = createReaderStore({ storage: () => storage });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const before = store.getSnapshot();

    // Another tab's write, then the event it causes here.
    storage.items.set(READER_KEY, '["from-other-tab"]');
    window.dispatchEvent(
      new StorageEvent("storage", { key: "something-else" }),
    );
    expect(listener).not.toHaveBeenCalled();
    window.dispatchEvent(new StorageEvent("storage", { key: READER_KEY }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).not.toBe(before);
    expect(slugs(store)).toEqual(["from-other-tab"]);

    unsubscribe();
    storage.items.set(READER_KEY, "[]");
    window.dispatchEvent(new StorageEvent("storage", { key: READER_KEY }));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test("a position waiting for its write survives another tab's change", () => {
    const storage = fakeStorage();
    const store = createReaderStore({ storage: () => storage });
    const unsubscribe = store.subscribe(() => {});
    store.recordProgress("story", 1);
    store.recordProgress("story", 5);
    storage.items.set(READER_KEY, '["saved-elsewhere"]');
    window.dispatchEvent(new StorageEvent("storage", { key: READER_KEY }));
    expect(store.getSnapshot().saved).toMatchObject([
      { slug: "saved-elsewhere" },
    ]);
    expect(store.getSnapshot().progress.get("story")).toMatchObject({
      paragraph: 5,
    });
    vi.advanceTimersByTime(1000);
    expect(stored(storage)).toMatchObject({
      saved: [{ slug: "saved-elsewhere" }],
      progress: { story: { paragraph: 5 } },
    });
    unsubscribe();
  });

  test("without a listener, a change re-reads first so another tab's saves are not lost", () => {
    const storage = fakeStorage();
    const store = storeOn(storage);
    store.saveStory("mine");
    // Another tab replaced the list, and this store heard no event.
    storage.items.set(READER_KEY, '["theirs"]');
    store.saveStory("also-mine");
    expect(slugs(store)).toEqual(["also-mine", "theirs"]);
  });
});
