import { screen, waitFor, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { storyIndex } from "../content/editionData.ts";
import { everyPath } from "../content/everyPath.ts";
import { hasElementWithId, metaContent } from "./testing/head.ts";
import { testEdition as edition } from "./testing/edition.ts";
import { renderAt } from "./testing/renderAt.tsx";

const pages = everyPath(storyIndex(edition));

test("the edition has a page for the front, the story, its briefs, its section and date archives, the topics, search and saved stories", () => {
  expect(pages).toHaveLength(1 + 1 + 3 + 4 + 1 + 3 + 1 + 1);
  expect(pages).toEqual(
    expect.arrayContaining([
      "/world/",
      "/world/2018/",
      "/world/2018/04/",
      "/world/2018/04/20/",
    ]),
  );
});

test.each(pages)(
  "%s has one h1, its own title, and only links that lead somewhere",
  async (path) => {
    renderAt(path);
    const h1 = await screen.findByRole("heading", { level: 1 });
    expect(h1).not.toHaveTextContent("Page not found");
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(h1).toHaveAttribute("tabindex", "-1");
    await waitFor(() => expect(document.title).toMatch(/Dateline$/));
    expect(metaContent("description")).toBeTruthy();

    for (const link of screen.getAllByRole("link")) {
      const href = link.getAttribute("href") ?? "";
      expect(href, `link "${link.textContent}" on ${path}`).not.toMatch(/^#?$/);
      if (href.startsWith("#")) {
        expect(
          hasElementWithId(href.slice(1)),
          `target of ${href} on ${path}`,
        ).toBe(true);
      } else if (href.startsWith("/")) {
        expect(pages, `link "${link.textContent}" on ${path}`).toContain(
          new URL(href, "http://dateline.test").pathname,
        );
      }
    }
  },
);

test("every page has the landmarks a screen-reader user navigates by", async () => {
  renderAt(pages[1] ?? "/");
  await screen.findByRole("article");
  // jsdom also counts the story's own <header> as a banner; browsers do not. The masthead comes first.
  expect(
    within(screen.getAllByRole("banner")[0] ?? document.body).getByRole(
      "link",
      { name: "Dateline" },
    ),
  ).toBeVisible();
  expect(
    screen.getByRole("navigation", { name: "Sections" }),
  ).toBeInTheDocument();
  expect(screen.getByRole("main")).toBeInTheDocument();
  expect(screen.getByRole("complementary")).toBeInTheDocument();
  expect(screen.getByRole("contentinfo")).toBeInTheDocument();
  expect(screen.getAllByRole("link")[0]).toHaveTextContent("Skip to content");
});

test.each([
  ["/topics/", "Topics"],
  ["/topics/russia/", "Russia"],
  ["/search/", "Search"],
  ["/saved/", "Saved stories"],
  ["/world/", "World"],
  ["/world/2018/04/20/", "World: April 20, 2018"],
  [pages[1] ?? "", edition.stories[0]?.headline ?? ""],
  ["/briefs/", "Page not found"],
  ["/topics/russia/2018/", "Page not found"],
  ["/search/2018/", "Page not found"],
  ["/page/", "Page not found"],
])(
  "%s reaches its own page, not a section archive's",
  async (path, heading) => {
    renderAt(path);
    expect(
      await screen.findByRole("heading", { level: 1, name: heading }),
    ).toBeInTheDocument();
  },
);
