import { screen, waitFor, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { renderAt } from "../testing/renderAt.tsx";

test("a topic page lists the stories on that topic, newest first", async () => {
  renderAt("/topics/vladimir-putin/");
  expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
    "Vladimir Putin",
  );
  expect(screen.getByText("1 story, newest first")).toBeInTheDocument();
  const items = screen
    .getAllByRole("listitem")
    .filter((li) => within(li).queryByRole("heading", { level: 2 }));
  expect(
    items.map((li) => within(li).getByRole("heading").textContent),
  ).toEqual([
    "Russia: Trump promised to make visit to Moscow if Putin accepts invite to White House",
  ]);
  await waitFor(() => expect(document.title).toBe("Vladimir Putin — Dateline"));
});

test("the topics page lists every topic with its story count", async () => {
  renderAt("/topics/");
  expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
    "Topics",
  );
  const main = screen.getByRole("main");
  for (const [name, id] of [
    ["Donald Trump", "donald-trump"],
    ["Russia", "russia"],
    ["Vladimir Putin", "vladimir-putin"],
  ] as const) {
    expect(within(main).getByRole("link", { name })).toHaveAttribute(
      "href",
      `/topics/${id}/`,
    );
  }
  expect(within(main).getAllByText("1 story")).toHaveLength(3);
});
