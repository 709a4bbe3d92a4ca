import { render, screen, waitFor, within } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { expect, test } from "vitest";
import type { Content } from "../../content/content.ts";
import { routerContext } from "../contentContext.ts";
import { routes } from "../routes.tsx";
import { renderAt } from "../testing/renderAt.tsx";
import { testContent } from "../testing/edition.ts";

test("a search URL shows its results, with the query kept in the box", async () => {
  renderAt("/search/?q=claptrap");
  expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
    "Search results for “claptrap”",
  );
  expect(screen.getByRole("searchbox", { name: "Search stories" })).toHaveValue(
    "claptrap",
  );
  const results = await screen.findByRole("region", {
    name: "2 stories match",
  });
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

test("the matched words are marked in each excerpt, and nothing in it is markup", async () => {
  renderAt("/search/?q=dismissed%20meddling");
  const results = await screen.findByRole("region", {
    name: "1 story matches",
  });
  const marked = within(results)
    .getAllByRole("mark")
    .map((m) => m.textContent);
  expect(marked).toEqual(expect.arrayContaining(["dismissed", "meddling"]));
  expect(
    marked.every((word) => /^(dismissed|meddling)$/i.test(word ?? "")),
  ).toBe(true);
});

test("an excerpt that holds markup shows it as text, and runs none of it", async () => {
  const hostile: Content = {
    ...testContent,
    search: () =>
      Promise.resolve({
        total: 1,
        results: [
          {
            story: { kind: "brief", slug: "a-brief", headline: "A brief" },
            excerpt:
              "&lt;b&gt;bold&lt;/b&gt; <mark>word</mark> <img src=x onerror=alert(1)>",
          },
        ],
      }),
  };
  renderWith(hostile, "/search/?q=word");
  const results = await screen.findByRole("region", {
    name: "1 story matches",
  });
  expect(within(results).getByRole("mark")).toHaveTextContent("word");
  expect(results).toHaveTextContent(
    "<b>bold</b> word <img src=x onerror=alert(1)>",
  );
  expect(within(results).queryByRole("img")).not.toBeInTheDocument();
});

test("a search with no match says so and suggests what to try", async () => {
  renderAt("/search/?q=zeppelin");
  expect(
    await screen.findByRole("region", { name: "0 stories match" }),
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
    screen.getByRole("region", { name: "1 story matches" }),
  ).toBeInTheDocument();
});

/** The test edition's stories, in the shape search answers: enough of them for three pages. */
const manyResults: Content = {
  ...testContent,
  search: (_query, page) =>
    Promise.resolve({
      total: 45,
      results: Array.from({ length: page === 3 ? 5 : 20 }, (_, i) => {
        const n = (page - 1) * 20 + i + 1;
        return {
          story: { kind: "brief", slug: `brief-${n}`, headline: `Brief ${n}` },
          excerpt: `Text of <mark>brief</mark> ${n}`,
        };
      }),
    }),
};

function renderWith(content: Content, url: string) {
  const router = createMemoryRouter(routes, {
    initialEntries: [url],
    getContext: () => routerContext(content),
  });
  render(<RouterProvider router={router} />);
  return router;
}

test("results come 20 a page, with the page in the URL and links to the pages either side", async () => {
  renderWith(manyResults, "/search/?q=brief&page=2");
  const results = await screen.findByRole("region", {
    name: "45 stories match",
  });
  expect(within(results).getAllByRole("listitem")).toHaveLength(20);
  expect(
    within(results).getByRole("heading", { name: "Brief 21" }),
  ).toBeInTheDocument();
  const pages = within(results).getByRole("navigation", { name: "Pages" });
  expect(within(pages).getByText("Page 2 of 3")).toBeInTheDocument();
  expect(
    within(pages).getByRole("link", { name: "Previous results" }),
  ).toHaveAttribute("href", "/search/?q=brief");
  expect(
    within(pages).getByRole("link", { name: "More results" }),
  ).toHaveAttribute("href", "/search/?q=brief&page=3");
});

test.each([
  ["/search/?q=brief&page=4", /has 3 pages of results, not 4/],
  ["/search/?q=brief&page=0", /“0” is not a page number/],
  ["/search/?q=brief&page=two", /“two” is not a page number/],
])(
  "%s says there is no such page, and links to the first",
  async (url, why) => {
    renderWith(manyResults, url);
    const problem = await screen.findByRole("region", {
      name: "No such page of results",
    });
    expect(within(problem).getByText(why)).toBeInTheDocument();
    expect(
      within(problem).getByRole("link", { name: "See the first page" }),
    ).toHaveAttribute("href", "/search/?q=brief");
  },
);

test("when the index cannot be reached, the page says search needs a connection and points to saved stories", async () => {
  const offline: Content = {
    ...testContent,
    search: () => Promise.reject(new TypeError("Failed to fetch")),
  };
  renderWith(offline, "/search/?q=lavrov");
  const problem = await screen.findByRole("region", {
    name: "Search needs a connection",
  });
  expect(
    within(problem).getByRole("link", { name: "saved stories" }),
  ).toHaveAttribute("href", "/saved/");
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
    "Search results for “lavrov”",
  );
});
