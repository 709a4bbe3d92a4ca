import { render, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { expect, test } from "vitest";
import {
  RelatedStories,
  RelatedStoriesUnavailable,
} from "./RelatedStories.tsx";
import type { Teaser } from "./StoryCard.tsx";

/** Links need a router; the sidebar needs nothing else. */
function renderInRouter(element: ReactNode) {
  const router = createMemoryRouter([{ path: "/", element }]);
  return render(<RouterProvider router={router} />);
}

const brief: Teaser = {
  kind: "brief",
  slug: "putin-visits",
  headline: "Putin visits Washington",
  path: "/briefs/putin-visits/",
};
const story: Teaser = {
  kind: "full",
  slug: "talks-resume",
  headline: "Talks resume in Geneva",
  path: "/world/2018/04/21/talks-resume/",
  section: "World",
  published: { iso: "2018-04-21", label: "April 21, 2018" },
};

test("each kind of related story is a list named by its heading, and a brief says it is one", () => {
  renderInRouter(<RelatedStories picks={[brief]} similar={[story]} />);
  const sidebar = screen.getByRole("complementary", {
    name: "Related stories",
  });
  const picks = within(sidebar).getByRole("list", {
    name: "More on this story",
  });
  expect(within(picks).getByRole("link")).toHaveAttribute("href", brief.path);
  expect(within(picks).getByText("Brief")).toBeInTheDocument();
  const similar = within(sidebar).getByRole("list", {
    name: "Similar stories",
  });
  expect(
    within(similar).getByRole("link", { name: story.headline }),
  ).toHaveAttribute("href", story.path);
  expect(within(similar).queryByText("Brief")).not.toBeInTheDocument();
});

test("a kind with no stories has no heading and no list", () => {
  renderInRouter(<RelatedStories picks={[brief]} similar={[]} />);
  const sidebar = screen.getByRole("complementary", {
    name: "Related stories",
  });
  expect(within(sidebar).getAllByRole("heading")).toHaveLength(1);
  expect(within(sidebar).getAllByRole("list")).toHaveLength(1);
});

test("when the sidebar cannot be shown, the same landmark says so", () => {
  renderInRouter(<RelatedStoriesUnavailable />);
  expect(
    screen.getByRole("complementary", { name: "Related stories" }),
  ).toHaveTextContent("These stories could not be shown.");
});
