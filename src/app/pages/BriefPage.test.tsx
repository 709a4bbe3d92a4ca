import { screen, waitFor, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { metaContent } from "../testing/head.ts";
import { renderAt } from "../testing/renderAt.tsx";
import { storyPath } from "../../content/paths.ts";
import { briefTitled, seedStory } from "../testing/edition.ts";

const BRIEF = storyPath(briefTitled(/^Trump won't say/));

test("a brief shows its headline, says plainly its story is not here, and links back", async () => {
  renderAt(BRIEF);
  expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
    "Trump won't say whether he would fire Mueller, but notes that he's 'still here'",
  );
  expect(
    screen.getByText(/The full story is not in this edition of Dateline/),
  ).toBeInTheDocument();
  const mentioned = screen.getByRole("region", { name: "Mentioned in" });
  expect(
    within(mentioned).getByRole("link", {
      name: "Russia: Trump promised to make visit to Moscow if Putin accepts invite to White House",
    }),
  ).toBeInTheDocument();
});

test("a brief invents nothing: no date, no body, and asks not to be indexed", async () => {
  renderAt(BRIEF);
  await screen.findByRole("heading", { level: 1 });
  // The only date on the page is that of the story that mentions the brief.
  expect(
    screen.getAllByRole("time").map((t) => t.getAttribute("datetime")),
  ).toEqual(["2018-04-20"]);
  expect(screen.queryByText(/min read/)).not.toBeInTheDocument();
  await waitFor(() => expect(metaContent("robots")).toBe("noindex"));
});

test("a brief's URL with a full story's slug leads to that story", async () => {
  const { router } = renderAt(
    storyPath({ kind: "brief", slug: seedStory.slug }),
  );
  await screen.findByRole("complementary");
  expect(router.state.location.pathname).toBe(storyPath(seedStory));
});
