import { screen, waitFor, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { renderAt } from "../testing/renderAt.tsx";
import { storyPath } from "../../content/paths.ts";
import { briefTitled, seedStory } from "../testing/edition.ts";

test("front page leads with the newest story, its date and its first paragraph", async () => {
  renderAt("/");
  const lead = await screen.findByRole("region", { name: "Lead story" });
  const headline = within(lead).getByRole("link", {
    name: "Russia: Trump promised to make visit to Moscow if Putin accepts invite to White House",
  });
  expect(headline).toHaveAttribute("href", storyPath(seedStory));
  expect(
    within(lead).getByText(
      /^Russian Foreign Minister Sergey Lavrov said Friday/,
    ),
  ).toBeInTheDocument();
  expect(within(lead).getByText("April 20, 2018")).toHaveAttribute(
    "datetime",
    "2018-04-20",
  );
});

test("front page lists the briefs, saying their text is not in this edition", async () => {
  renderAt("/");
  const briefs = await screen.findByRole("region", { name: "Briefs" });
  expect(within(briefs).getAllByRole("heading", { level: 3 })).toHaveLength(3);
  expect(
    within(briefs).getByText(/full text is not in this edition/),
  ).toBeInTheDocument();
  expect(
    within(briefs).getByRole("link", { name: /Lavrov rejects as 'claptrap'/ }),
  ).toHaveAttribute("href", storyPath(briefTitled(/^Lavrov rejects/)));
});

test("front page has one h1 and the site's name as its title", async () => {
  renderAt("/");
  expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
    "Dateline front page",
  );
  await waitFor(() => expect(document.title).toBe("Dateline"));
});
