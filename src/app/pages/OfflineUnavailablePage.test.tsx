import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { storyData } from "../../content/editionData.ts";
import { dataFile } from "../../content/dataFiles.ts";
import { homePath, savedPath, storyPath } from "../../content/paths.ts";
import { ContentSource, routerContext } from "../contentContext.ts";
import { fetchedContent } from "../fetchedContent.ts";
import { fakeCacheStorage } from "../offline/fakeCacheStorage.ts";
import { routes } from "../routes.tsx";
import { briefTitled, seedStory, testEdition } from "../testing/edition.ts";

const brief = briefTitled(/^Lavrov rejects/);

/** The browser's own content source, with the network down. */
function renderOffline(url: string) {
  const content = fetchedContent("/", () =>
    Promise.reject(new TypeError("Failed to fetch")),
  );
  const router = createMemoryRouter(routes, {
    initialEntries: [url],
    getContext: () => routerContext(content),
  });
  render(
    <StrictMode>
      <ContentSource value={content}>
        <RouterProvider router={router} />
      </ContentSource>
    </StrictMode>,
  );
  return { router, user: userEvent.setup() };
}

beforeEach(async () => {
  vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
  const storage = fakeCacheStorage();
  await (
    await storage.open("dateline-precache-v2-test")
  ).put(
    `/${dataFile.story(seedStory.slug)}?__WB_REVISION__=1`,
    new Response(JSON.stringify(storyData(testEdition, seedStory.slug))),
  );
  vi.stubGlobal("caches", storage);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test("offline, a story with no copy on this device says so, and links to what is kept", async () => {
  renderOffline(storyPath(brief));
  const heading = await screen.findByRole("heading", {
    level: 1,
    name: "This story isn't saved for offline reading",
  });
  expect(heading).toBeInTheDocument();
  expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
  const main = screen.getByRole("main");
  expect(
    within(main).getByRole("link", { name: "front page" }),
  ).toHaveAttribute("href", homePath);
  expect(
    within(main).getByRole("link", { name: "saved stories" }),
  ).toHaveAttribute("href", savedPath);
  const kept = await within(main).findByRole("region", {
    name: "Kept on this device",
  });
  expect(
    within(kept).getByRole("link", { name: seedStory.headline }),
  ).toHaveAttribute("href", storyPath(seedStory));
  await vi.waitFor(() =>
    expect(document.title).toMatch(/^This story isn't saved for offline/),
  );
});

test("offline, another page with no copy says it is a page", async () => {
  renderOffline("/topics/");
  expect(
    await screen.findByRole("heading", {
      level: 1,
      name: "This page isn't saved for offline reading",
    }),
  ).toBeInTheDocument();
});

test("online, the same failure keeps the usual problem page", async () => {
  vi.spyOn(navigator, "onLine", "get").mockReturnValue(true);
  renderOffline(storyPath(brief));
  expect(
    await screen.findByRole("heading", {
      level: 1,
      name: "Something went wrong",
    }),
  ).toBeInTheDocument();
});
