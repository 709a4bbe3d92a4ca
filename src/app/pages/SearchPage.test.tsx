import { screen, waitFor, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { renderAt } from "../testing/renderAt.tsx";

test("a search URL shows its results, with the query kept in the box", async () => {
  renderAt("/search/?q=claptrap");
  expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
    "Search results for “claptrap”",
  );
  expect(screen.getByRole("searchbox", { name: "Search stories" })).toHaveValue(
    "claptrap",
  );
  const results = screen.getByRole("region", { name: "2 stories found" });
  const headlines = within(results)
    .getAllByRole("heading", { level: 3 })
    .map((h) => h.textContent);
  // The brief matches in its headline, so it ranks above the story that matches in its text.
  expect(headlines).toEqual([
    "Lavrov rejects as 'claptrap' charges of Russian election meddling",
    "Russia: Trump promised to make visit to Moscow if Putin accepts invite to White House",
  ]);
  expect(
    within(results).getByText(/Lavrov has dismissed the meddling allegations/),
  ).toBeInTheDocument();
  await waitFor(() =>
    expect(document.title).toBe("Search: claptrap — Dateline"),
  );
});

test("a search with no match says so and suggests what to try", async () => {
  renderAt("/search/?q=zeppelin");
  expect(
    await screen.findByRole("region", { name: "0 stories found" }),
  ).toBeInTheDocument();
  expect(screen.getByText(/No story matches every word/)).toBeInTheDocument();
});

test("reader types a search and the query lands in the URL", async () => {
  const { user, router } = renderAt("/search/");
  const box = await screen.findByRole("searchbox", { name: "Search stories" });
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Search");
  await user.type(box, "Hamburg{Enter}");
  expect(
    await screen.findByRole("heading", {
      level: 1,
      name: "Search results for “Hamburg”",
    }),
  ).toBeInTheDocument();
  expect(router.state.location.search).toBe("?q=Hamburg");
  expect(
    screen.getByRole("region", { name: "1 story found" }),
  ).toBeInTheDocument();
});
