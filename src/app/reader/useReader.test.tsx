import { act, render, renderHook, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { expect, test } from "vitest";
import { fakeStorage } from "../storage/fakeStorage.ts";
import {
  createReaderStore,
  READER_KEY,
  type ReaderStore,
} from "./readerStore.ts";
import { useIsSaved, useProgress, useReader } from "./useReader.ts";
import { createDeferredReader } from "./deferredReader.ts";

test("useReader shows a story as soon as it is saved", () => {
  const store = createReaderStore({ storage: () => fakeStorage() });
  const { result } = renderHook(() => useReader(store));
  expect(result.current.saved).toEqual([]);
  act(() => store.saveStory("storm-warning"));
  expect(result.current.saved.map((entry) => entry.slug)).toEqual([
    "storm-warning",
  ]);
  expect(result.current.problem).toBeNull();
});

test("useIsSaved and useProgress follow the store", () => {
  const store = createReaderStore({ storage: () => fakeStorage() });
  const saved = renderHook(() => useIsSaved("a", store));
  const progress = renderHook(() => useProgress("a", store));
  expect(saved.result.current).toBe(false);
  expect(progress.result.current).toBeUndefined();
  act(() => {
    store.toggleSaved("a");
    store.recordProgress("a", 3);
  });
  expect(saved.result.current).toBe(true);
  expect(progress.result.current?.paragraph).toBe(3);
});

test("the hooks follow a change made in another tab", () => {
  const storage = fakeStorage();
  const store = createReaderStore({ storage: () => storage });
  const { result } = renderHook(() => useIsSaved("theirs", store));
  storage.setItem(READER_KEY, '["theirs"]');
  act(() => {
    window.dispatchEvent(new StorageEvent("storage", { key: READER_KEY }));
  });
  expect(result.current).toBe(true);
});

function SavedCount({ store }: { store: ReaderStore }) {
  const { saved } = useReader(store);
  return <p>Saved: {saved.length}</p>;
}

test("the server renders the empty state; hydration matches it, then shows the stored state", async () => {
  const store = createReaderStore({
    storage: () => fakeStorage({ [READER_KEY]: '["a","b"]' }),
  });
  const html = renderToString(<SavedCount store={store} />);
  expect(html).toContain("Saved: <!-- -->0");

  const recoverableErrors: unknown[] = [];
  const container = document.createElement("div");
  container.innerHTML = html;
  document.body.append(container);
  render(<SavedCount store={store} />, {
    container,
    hydrate: true,
    // A hydration mismatch is reported here, not thrown.
    onRecoverableError: (error) => recoverableErrors.push(error),
  });
  expect(await screen.findByText("Saved: 2")).toBeInTheDocument();
  expect(recoverableErrors).toEqual([]);
  container.remove();
});

test("a deferred reader is empty until its store loads, then shows and follows it", async () => {
  const store = createReaderStore({
    storage: () => fakeStorage({ [READER_KEY]: '["a"]' }),
  });
  let arrive: (loaded: ReaderStore) => void = () => undefined;
  const deferred = createDeferredReader(
    () => new Promise((resolve) => (arrive = resolve)),
  );
  const { result, unmount } = renderHook(() => useReader(deferred));
  expect(result.current.saved).toEqual([]);
  await act(() => {
    arrive(store);
    return deferred.ready();
  });
  expect(result.current.saved.map((entry) => entry.slug)).toEqual(["a"]);
  act(() => store.saveStory("b"));
  expect(result.current.saved.map((entry) => entry.slug)).toEqual(["b", "a"]);
  // Actions wait for the same store; unsubscribing stops the updates.
  await expect(deferred.ready()).resolves.toBe(store);
  unmount();
  act(() => store.saveStory("c"));
  expect(result.current.saved).toHaveLength(2);
});
