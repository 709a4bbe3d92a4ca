import { render, screen } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import { Contained } from "./Contained.tsx";

type SidebarProps = { broken: boolean };

/** A region that fails to render when told to, as a sidebar with bad data would. */
function Sidebar({ broken }: SidebarProps) {
  if (broken) throw new Error("the sidebar broke");
  return (
    <aside aria-label="More on this story">
      <a href="/next/">Next story</a>
    </aside>
  );
}

/** A story page in miniature: the text, its credit and topics, and one contained region. */
function StoryPage({ slug, broken }: { slug: string } & SidebarProps) {
  return (
    <>
      <article>
        <h1>Story {slug}</h1>
        <p>The story text.</p>
        <p>Contributing: The Associated Press</p>
        <a href="/topics/russia/">Russia</a>
      </article>
      <Contained key={slug} fallback={<p>These stories could not be shown.</p>}>
        <Sidebar broken={broken} />
      </Contained>
    </>
  );
}

// React reports every error a boundary catches; here they are expected.
const reported = vi.spyOn(console, "error").mockImplementation(() => {});
afterEach(() => reported.mockClear());

test("a region that fails to render says so in its place; the story, its credit and its topics stay", () => {
  render(<StoryPage slug="one" broken />);
  expect(
    screen.getByText("These stories could not be shown."),
  ).toBeInTheDocument();
  expect(
    screen.queryByRole("complementary", { name: "More on this story" }),
  ).not.toBeInTheDocument();
  expect(
    screen.getByRole("heading", { level: 1, name: "Story one" }),
  ).toBeInTheDocument();
  expect(screen.getByText("The story text.")).toBeInTheDocument();
  expect(
    screen.getByText("Contributing: The Associated Press"),
  ).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Russia" })).toBeInTheDocument();
  expect(reported).toHaveBeenCalled();
});

test("a region that renders is shown as it is, with no fallback", () => {
  render(<StoryPage slug="one" broken={false} />);
  expect(screen.getByRole("link", { name: "Next story" })).toBeInTheDocument();
  expect(
    screen.queryByText("These stories could not be shown."),
  ).not.toBeInTheDocument();
  expect(reported).not.toHaveBeenCalled();
});

test("a failed region stays failed for its story, and a new story tries it again", () => {
  const { rerender } = render(<StoryPage slug="one" broken />);
  rerender(<StoryPage slug="one" broken={false} />);
  expect(
    screen.getByText("These stories could not be shown."),
  ).toBeInTheDocument();

  rerender(<StoryPage slug="two" broken={false} />);
  expect(screen.getByRole("link", { name: "Next story" })).toBeInTheDocument();
  expect(
    screen.queryByText("These stories could not be shown."),
  ).not.toBeInTheDocument();
  expect(
    screen.getByRole("heading", { level: 1, name: "Story two" }),
  ).toBeInTheDocument();
});

test("with no fallback, a failing region simply goes, as the story's buttons do", () => {
  render(
    <>
      <h1>Brief</h1>
      <Contained fallback={null}>
        <button type="button">Share</button>
        <Sidebar broken />
      </Contained>
      <p>The full story is not in this edition.</p>
    </>,
  );
  expect(
    screen.queryByRole("button", { name: "Share" }),
  ).not.toBeInTheDocument();
  expect(screen.getByRole("heading", { name: "Brief" })).toBeInTheDocument();
  expect(
    screen.getByText("The full story is not in this edition."),
  ).toBeInTheDocument();
});
