import { act, screen, within } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import { fakeCacheStorage } from "../offline/fakeCacheStorage.ts";
import { renderAt } from "../testing/renderAt.tsx";
import { briefTitled, seedStory } from "../testing/edition.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test("offline, each story in a list says whether it opens, in words; online, nothing is said", async () => {
  const storage = fakeCacheStorage();
  await (
    await storage.open("dateline-data")
  ).put(`/data/stories/${seedStory.slug}.json`, new Response("{}"));
  vi.stubGlobal("caches", storage);
  renderAt("/");
  const lead = await screen.findByRole("region", { name: "Lead story" });
  const briefs = screen.getByRole("region", { name: "Briefs" });
  expect(screen.queryByText("Available offline")).not.toBeInTheDocument();

  vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
  act(() => {
    window.dispatchEvent(new Event("offline"));
  });
  expect(
    await within(lead).findByText("Available offline"),
  ).toBeInTheDocument();
  const headline = briefTitled(/^Lavrov rejects/).headline;
  const brief = within(briefs)
    .getAllByRole("article")
    .find((card) => within(card).queryByRole("link", { name: headline }));
  if (!brief) throw new Error("the brief has no card");
  expect(
    await within(brief).findByText("Needs a connection"),
  ).toBeInTheDocument();

  vi.spyOn(navigator, "onLine", "get").mockReturnValue(true);
  act(() => {
    window.dispatchEvent(new Event("online"));
  });
  expect(screen.queryByText("Available offline")).not.toBeInTheDocument();
  expect(screen.queryByText("Needs a connection")).not.toBeInTheDocument();
});
