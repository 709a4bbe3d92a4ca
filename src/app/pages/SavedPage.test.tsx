import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { OFFLINE_CACHES, ARCHIVE_LIST_FILE } from "../offline/caches.ts";
import {
  fakeCacheStorage,
  type FakeCacheStorage,
} from "../offline/fakeCacheStorage.ts";
import { fakeSite, type FakeSite } from "../offline/fakeSite.ts";
import { READER_KEY } from "../reader/readerStore.ts";
import { SAVED_FILE_MAX_BYTES } from "../reader/savedFile.ts";
import { textFile } from "../testing/textFile.ts";
import { briefTitled, testEdition } from "../testing/edition.ts";
import { renderAt } from "../testing/renderAt.tsx";

const STORIES = testEdition.stories.length + testEdition.briefs.length;
const brief = briefTitled(/^Lavrov rejects/);

let storage: FakeCacheStorage;
let site: FakeSite;

beforeEach(() => {
  storage = fakeCacheStorage();
  site = fakeSite();
  const files = [...site.files].map(([path, body]) => ({
    url: path.slice(1),
    bytes: body.length,
  }));
  site.files.set(
    `/${ARCHIVE_LIST_FILE}`,
    JSON.stringify({
      stories: STORIES,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      files,
    }),
  );
  vi.stubGlobal("caches", storage);
  vi.stubGlobal("fetch", site.fetch);
  localStorage.setItem(
    READER_KEY,
    JSON.stringify({
      version: 1,
      saved: [{ slug: brief.slug, savedAt: "2024-05-01T10:00:00.000Z" }],
      progress: {},
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
});

test("reader sees that a saved story is kept for reading offline, and its page and data are on the device", async () => {
  renderAt("/saved/");
  const main = await screen.findByRole("main");
  expect(
    await within(main).findByRole("link", { name: brief.headline }),
  ).toBeInTheDocument();
  expect(
    await within(main).findByText("Kept for reading offline"),
  ).toBeInTheDocument();
  expect(storage.urls(OFFLINE_CACHES.saved).sort()).toEqual([
    `${location.origin}/briefs/${brief.slug}/`,
    `${location.origin}/data/stories/${brief.slug}.json`,
  ]);
});

test("reader downloads every story for offline, with progress, and can remove them", async () => {
  const { user } = renderAt("/saved/");
  const section = await screen.findByRole("region", { name: "Read offline" });
  await user.click(
    await within(section).findByRole("button", {
      name: "Download all stories for offline…",
    }),
  );
  const offer = await within(section).findByRole("button", {
    name: new RegExp(
      `^Download all ${STORIES} stories for offline \\(about \\d+ KB\\)$`,
    ),
  });
  expect(offer).toHaveFocus();
  await user.click(offer);
  expect(
    await within(section).findByText(
      `Done: all ${STORIES} stories are kept on this device for reading offline.`,
    ),
  ).toHaveFocus();
  expect(storage.urls(OFFLINE_CACHES.archive)).toHaveLength(
    site.files.size - 1,
  );
  expect(
    within(section).getByText(/may clear them if this device runs short/),
  ).toBeInTheDocument();

  await user.click(
    within(section).getByRole("button", { name: "Remove downloaded stories" }),
  );
  expect(
    await within(section).findByText(
      "Removed the downloaded stories. Saved stories stay kept.",
    ),
  ).toBeInTheDocument();
  expect(await storage.has(OFFLINE_CACHES.archive)).toBe(false);
  expect(
    within(section).getByRole("button", {
      name: "Download all stories for offline…",
    }),
  ).toHaveFocus();
});

test("without room on the device, the download is refused and says how much is needed", async () => {
  Object.defineProperty(navigator, "storage", {
    configurable: true,
    value: { estimate: () => Promise.resolve({ quota: 1000, usage: 900 }) },
  });
  try {
    const { user } = renderAt("/saved/");
    const section = await screen.findByRole("region", {
      name: "Read offline",
    });
    await user.click(
      await within(section).findByRole("button", {
        name: "Download all stories for offline…",
      }),
    );
    expect(
      await within(section).findByText(/^There isn't room on this device/),
    ).toHaveTextContent(/lets Dateline use only about 1 KB more/);
    expect(
      within(section).queryByRole("button", { name: /^Download all \d/ }),
    ).not.toBeInTheDocument();
    await waitFor(() =>
      expect(storage.urls(OFFLINE_CACHES.archive)).toEqual([]),
    );
  } finally {
    Reflect.deleteProperty(navigator, "storage");
  }
});

test("a file over the size limit is refused by its size, without reading it, and the list stays", async () => {
  const { user } = renderAt("/saved/");
  const main = await screen.findByRole("main");
  expect(
    await within(main).findByRole("link", { name: brief.headline }),
  ).toBeInTheDocument();
  const big = textFile(" ".repeat(SAVED_FILE_MAX_BYTES + 1), "huge.json");
  const read = vi.spyOn(big, "text");
  const moving = within(main).getByRole("region", {
    name: "Move your list to another browser",
  });
  await user.upload(within(moving).getByLabelText("Import saved stories"), big);
  await waitFor(() =>
    expect(within(moving).getByRole("status")).toHaveTextContent(
      "Could not import huge.json: This file is 4.0 MB; a saved-stories file can be at most 4 MB. Your saved stories are as they were.",
    ),
  );
  expect(read).not.toHaveBeenCalled();
  expect(
    within(main).getByRole("link", { name: brief.headline }),
  ).toBeInTheDocument();
});
