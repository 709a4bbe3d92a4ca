import { screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { storyPath } from "../../content/paths.ts";
import { seedStory } from "../testing/edition.ts";
import { renderAt } from "../testing/renderAt.tsx";

test("a story's section leads to its section front", async () => {
  const { user } = renderAt(storyPath(seedStory));
  const article = await screen.findByRole("article");
  const section = within(article).getByRole("link", { name: "World" });
  expect(section).toHaveAttribute("href", "/world/");
  await user.click(section);
  expect(
    await screen.findByRole("heading", { level: 1, name: "World" }),
  ).toHaveFocus();
});

test("a story's date leads to its section's stories of that day, and says so out of context", async () => {
  const { user } = renderAt(storyPath(seedStory));
  const article = await screen.findByRole("article");
  const date = within(article).getByRole("link", {
    name: "More World stories from April 20, 2018",
  });
  expect(date).toHaveAttribute("href", "/world/2018/04/20/");
  // The visible date is still a machine-readable date.
  expect(within(date).getByText("April 20, 2018")).toHaveAttribute(
    "datetime",
    "2018-04-20",
  );
  await user.click(date);
  expect(
    await screen.findByRole("heading", {
      level: 1,
      name: "World: April 20, 2018",
    }),
  ).toHaveFocus();
});
