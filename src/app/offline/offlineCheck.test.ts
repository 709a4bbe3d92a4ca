import { expect, test, vi } from "vitest";
import { storyPath } from "../../content/paths.ts";
import { briefTitled, seedStory } from "../testing/edition.ts";
import { fakeCacheStorage } from "./fakeCacheStorage.ts";
import { createOfflineCheck, opensOffline } from "./offlineCheck.ts";

const brief = briefTitled(/^Lavrov rejects/);
const seedPath = storyPath(seedStory);

test("a story opens offline from its data file or its page, in any cache, keyed as the precache or the runtime caches key it", async () => {
  const storage = fakeCacheStorage();
  expect(await opensOffline(storage, seedStory.slug, seedPath)).toBe(false);

  for (const url of [
    `/data/stories/${seedStory.slug}.json?__WB_REVISION__=abc`,
    `${seedPath}index.html?__WB_REVISION__=abc`,
    seedPath,
  ]) {
    const fresh = fakeCacheStorage();
    await (await fresh.open("any-cache")).put(url, new Response("x"));
    expect(await opensOffline(fresh, seedStory.slug, seedPath), url).toBe(true);
    expect(await opensOffline(fresh, brief.slug, storyPath(brief)), url).toBe(
      false,
    );
  }
});

test("each story is looked up once while offline, and again after the network has come back", async () => {
  const storage = fakeCacheStorage();
  const match = vi.spyOn(storage, "match");
  const window = new EventTarget();
  const check = createOfflineCheck(() => storage, window);
  const heard = vi.fn();
  check.subscribe(heard);

  expect(check.opens(seedStory.slug)).toBeUndefined();
  check.check(seedStory.slug, seedPath);
  check.check(seedStory.slug, seedPath);
  await vi.waitFor(() => expect(check.opens(seedStory.slug)).toBe(false));
  expect(heard).toHaveBeenCalledTimes(1);
  const lookups = match.mock.calls.length;

  await (await storage.open("dateline-saved")).put(seedPath, new Response(""));
  window.dispatchEvent(new Event("online"));
  expect(check.opens(seedStory.slug)).toBeUndefined();
  check.check(seedStory.slug, seedPath);
  await vi.waitFor(() => expect(check.opens(seedStory.slug)).toBe(true));
  expect(match.mock.calls.length).toBeGreaterThan(lookups);
});

test("without a Cache API nothing opens offline", async () => {
  const check = createOfflineCheck(() => undefined, undefined);
  check.check(seedStory.slug, seedPath);
  await vi.waitFor(() => expect(check.opens(seedStory.slug)).toBe(false));
});
