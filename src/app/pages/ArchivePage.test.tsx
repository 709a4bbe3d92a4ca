import { StrictMode } from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { expect, test } from "vitest";
import type { Content } from "../../content/content.ts";
import type { IndexEntry } from "../../content/editionData.ts";
import { archivePath, sectionPath, storyPath } from "../../content/paths.ts";
import { PAGE_SIZE } from "../../content/queries.ts";
import { ContentSource, routerContext } from "../contentContext.ts";
import { routes } from "../routes.tsx";
import { seedStory } from "../testing/edition.ts";
import { renderAt } from "../testing/renderAt.tsx";

const { section, published, headline } = seedStory;

test.each([
  [sectionPath(section), "World"],
  [archivePath(section, published.slice(0, 4)), "World: 2018"],
  [archivePath(section, published.slice(0, 7)), "World: April 2018"],
  [archivePath(section, published), "World: April 20, 2018"],
])("%s names its section and period, and lists the story", async (path, h1) => {
  renderAt(path);
  expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
    h1,
  );
  expect(
    screen.getByRole("link", { name: headline, current: false }),
  ).toHaveAttribute("href", storyPath(seedStory));
  expect(screen.getByText("1 story, newest first")).toBeInTheDocument();
  await waitFor(() => expect(document.title).toBe(`${h1} — Dateline`));
});

test("a day's breadcrumb leads up through its month, year and section to the front page", async () => {
  renderAt("/world/2018/04/20/");
  const trail = await screen.findByRole("navigation", { name: "Breadcrumb" });
  const links = within(trail).getAllByRole("link");
  expect(links.map((link) => link.textContent)).toEqual([
    "Front page",
    "World",
    "2018",
    "April",
    "20",
  ]);
  expect(links.map((link) => link.getAttribute("href"))).toEqual([
    "/",
    "/world/",
    "/world/2018/",
    "/world/2018/04/",
    "/world/2018/04/20/",
  ]);
  expect(links.map((link) => link.getAttribute("aria-current"))).toEqual([
    null,
    null,
    null,
    null,
    "page",
  ]);
});

test("a month lists its days with their counts, and the reader can go down one", async () => {
  const { user } = renderAt("/world/2018/04/");
  const days = await screen.findByRole("region", { name: "Days" });
  expect(within(days).getByText("1 story")).toBeInTheDocument();
  await user.click(within(days).getByRole("link", { name: "April 20, 2018" }));
  expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
    "World: April 20, 2018",
  );
});

test.each([
  "/world/2017/",
  "/world/2018/05/",
  "/world/2018/04/21/",
  "/world/2018/13/",
  "/world/18/",
  "/world/2018/4/",
  "/world/2018/04/31/",
  "/business/",
  "/World/",
  "/briefs/",
  "/world/page/2/",
])("%s has no stories, so is not found", async (path) => {
  renderAt(path);
  expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
    "Page not found",
  );
});

test("page 1 of an archive is the archive's own URL", async () => {
  const { router } = renderAt("/world/2018/page/1/");
  expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
    "World: 2018",
  );
  expect(router.state.location.pathname).toBe("/world/2018/");
});

/** Enough World stories in one month for three pages, and one a month before and after. */
function longMonth(): IndexEntry[] {
  const story = (i: number, published: string): IndexEntry => ({
    kind: "full",
    slug: `story-${String(i).padStart(3, "0")}`,
    headline: `Story ${i}`,
    published,
    section: "World",
    topics: [],
    paragraphs: 1,
  });
  return [
    story(0, "2018-05-01"),
    ...Array.from({ length: 2 * PAGE_SIZE + 5 }, (_, i) =>
      story(i + 1, `2018-04-${String(28 - (i % 28)).padStart(2, "0")}`),
    ),
    story(99, "2018-03-31"),
  ];
}

function renderWith(index: IndexEntry[], url: string) {
  const content: Content = {
    index: () => Promise.resolve(index),
    story: () => Promise.resolve(undefined),
    search: () => Promise.resolve({ total: 0, results: [] }),
  };
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
  return router;
}

test("a long archive is paged 20 stories at a time, with links between its pages", async () => {
  renderWith(longMonth(), "/world/2018/04/page/2/");
  expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
    "World: April 2018",
  );
  expect(
    screen.getByText("45 stories, newest first; page 2 of 3"),
  ).toBeInTheDocument();
  expect(
    screen.getAllByRole("heading", { level: 2, name: /^Story / }),
  ).toHaveLength(PAGE_SIZE);
  const pages = screen.getByRole("navigation", { name: "Pages" });
  expect(
    within(pages).getByRole("link", { name: /Newer stories/ }),
  ).toHaveAttribute("href", "/world/2018/04/");
  expect(
    within(pages).getByRole("link", { name: /Older stories/ }),
  ).toHaveAttribute("href", "/world/2018/04/page/3/");
  await waitFor(() =>
    expect(document.title).toBe("World: April 2018, page 2 — Dateline"),
  );
});

test("a page past an archive's last is not found", async () => {
  renderWith(longMonth(), "/world/2018/04/page/4/");
  expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
    "Page not found",
  );
});

test("an archive links to the nearest months that have stories", async () => {
  renderWith(longMonth(), "/world/2018/04/");
  const near = await screen.findByRole("navigation", { name: "Other months" });
  expect(
    within(near).getByRole("link", { name: /Newer: May 2018$/ }),
  ).toHaveAttribute("href", "/world/2018/05/");
  expect(
    within(near).getByRole("link", { name: /^Older: March 2018/ }),
  ).toHaveAttribute("href", "/world/2018/03/");
});

test("the newest day links only to the day before it", async () => {
  renderWith(longMonth(), "/world/2018/05/01/");
  const near = await screen.findByRole("navigation", { name: "Other days" });
  expect(
    within(near)
      .getAllByRole("link")
      .map((a) => a.textContent),
  ).toEqual(["Older: April 28, 2018 →"]);
});
