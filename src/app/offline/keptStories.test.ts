import { expect, test, vi } from "vitest";
import { storyData } from "../../content/editionData.ts";
import { dataFile } from "../../content/dataFiles.ts";
import { storyPath } from "../../content/paths.ts";
import { testEdition } from "../testing/edition.ts";
import { fakeCacheStorage } from "./fakeCacheStorage.ts";
import { keptStories, openWholeIfKept } from "./keptStories.ts";

const dataOf = (slug: string) =>
  new Response(JSON.stringify(storyData(testEdition, slug)));

test("the stories kept in any cache, newest first, with their headlines and paths, up to the limit", async () => {
  const storage = fakeCacheStorage();
  const precache = await storage.open("dateline-precache-v2-x");
  const saved = await storage.open("dateline-saved");
  const [newest] = testEdition.stories;
  const briefs = testEdition.briefs;
  if (!newest || briefs.length < 2) throw new Error("edition too small");
  await precache.put(
    `/${dataFile.story(newest.slug)}?__WB_REVISION__=1`,
    dataOf(newest.slug),
  );
  await precache.put(
    `${storyPath(newest)}index.html?__WB_REVISION__=1`,
    new Response(""),
  );
  for (const brief of briefs)
    await saved.put(`/${dataFile.story(brief.slug)}`, dataOf(brief.slug));
  // A page alone, and files that are no story's, are not listed.
  await saved.put("/topics/", new Response(""));
  await saved.put("/data/index.json", new Response("[]"));

  const kept = await keptStories(storage, { limit: 2 });
  expect(kept).toHaveLength(2);
  expect(kept[0]).toEqual({
    slug: newest.slug,
    headline: newest.headline,
    path: storyPath(newest),
    published: newest.published,
  });
  expect(briefs.map((brief) => brief.slug)).toContain(kept[1]?.slug);
  expect(await keptStories(fakeCacheStorage())).toEqual([]);
});

test("reached by a link, a page kept without its data file is loaded whole, once", async () => {
  const storage = fakeCacheStorage();
  const [story] = testEdition.stories;
  if (!story) throw new Error("no story");
  const path = storyPath(story);
  await (await storage.open("dateline-pages")).put(path, new Response(""));
  const reload = vi.fn();
  const at = (pathname: string) => ({
    href: `${location.origin}${pathname}`,
    pathname,
    reload,
  });
  vi.spyOn(performance, "getEntriesByType").mockReturnValue([
    { name: `${location.origin}/` } as PerformanceEntry,
  ]);

  expect(await openWholeIfKept(storage, at("/briefs/not-kept/"))).toBe(false);
  expect(reload).not.toHaveBeenCalled();
  expect(await openWholeIfKept(storage, at(path))).toBe(true);
  expect(reload).toHaveBeenCalledTimes(1);

  // Loaded as this very address already: reloading would only come back here.
  vi.spyOn(performance, "getEntriesByType").mockReturnValue([
    { name: `${location.origin}${path}` } as PerformanceEntry,
  ]);
  expect(await openWholeIfKept(storage, at(path))).toBe(false);
  expect(reload).toHaveBeenCalledTimes(1);
  vi.restoreAllMocks();
});
