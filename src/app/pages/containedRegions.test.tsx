/**
 * A render error in one region of a story or brief page stays in that region: the
 * sidebar and the share button are made to throw here, and the story must
 * still be there to read.
 */
import { screen, within } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import type * as Related from "../components/RelatedStories.tsx";
import { renderAt } from "../testing/renderAt.tsx";
import { storyPath } from "../../content/paths.ts";
import { briefTitled, seedStory } from "../testing/edition.ts";

vi.mock("../components/RelatedStories.tsx", async (actual) => ({
  ...(await actual<typeof Related>()),
  RelatedStories: () => {
    throw new Error("the sidebar broke");
  },
}));
vi.mock("../components/ShareButton.tsx", () => ({
  ShareButton: () => {
    throw new Error("the share button broke");
  },
}));

const STORY = storyPath(seedStory);

// React reports every error a boundary catches; here they are expected.
const reported = vi.spyOn(console, "error").mockImplementation(() => {});
afterEach(() => reported.mockClear());

test("a sidebar that fails to render says so in its place; the story, its credit and its topics stay", async () => {
  renderAt(STORY);
  const article = await screen.findByRole("article");
  expect(within(article).getByRole("heading", { level: 1 })).toHaveTextContent(
    "Russia: Trump promised to make visit to Moscow",
  );
  expect(within(article).getAllByRole("paragraph").length).toBeGreaterThan(10);
  expect(within(article).getByText(/Contributing/)).toBeInTheDocument();
  expect(
    within(article).getByRole("link", { name: "Vladimir Putin" }),
  ).toBeInTheDocument();

  const sidebar = screen.getByRole("complementary", {
    name: "More on this story",
  });
  expect(sidebar).toHaveTextContent("These stories could not be shown.");
  expect(within(sidebar).queryByRole("link")).toBeNull();
  expect(screen.queryByText("Something went wrong")).toBeNull();
  expect(reported).toHaveBeenCalled();
});

test("a share button that fails to render takes only the story's buttons with it", async () => {
  renderAt(STORY);
  const article = await screen.findByRole("article");
  expect(within(article).queryByRole("button", { name: "Share" })).toBeNull();
  expect(within(article).getAllByRole("paragraph").length).toBeGreaterThan(10);
});

test("on a brief page too, a failing share button leaves the page and its links", async () => {
  renderAt(storyPath(briefTitled(/^Lavrov rejects/)));
  expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
    "Lavrov rejects as 'claptrap' charges",
  );
  expect(screen.queryByRole("button", { name: "Share" })).toBeNull();
  expect(
    screen.getByText(/The full story is not in this edition/),
  ).toBeInTheDocument();
  expect(screen.queryByText("Something went wrong")).toBeNull();
});
