import { screen, waitFor, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { metaContent } from "../testing/head.ts";
import { renderAt } from "../testing/renderAt.tsx";

test.each([
  ["an unknown path", "/no/such/page"],
  ["an unknown story slug", "/world/2018/04/20/no-such-story/"],
  [
    "a brief's slug at a story URL",
    "/world/2018/04/20/russia-unscrupulous-us-behavior-destabilizes-world/",
  ],
  ["an unknown brief", "/briefs/no-such-brief/"],
  ["an unknown topic", "/topics/no-such-topic/"],
])("%s shows the not-found page inside the site", async (_name, url) => {
  renderAt(url);
  expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
    "Page not found",
  );
  await waitFor(() => expect(document.title).toBe("Page not found — Dateline"));
  expect(metaContent("robots")).toBe("noindex");
  // The way out: the masthead, a link home and a search.
  expect(
    screen.getByRole("navigation", { name: "Sections" }),
  ).toBeInTheDocument();
  // One 404.html serves every unknown URL, so it cannot mark a section as current.
  const nav = screen.getByRole("navigation", { name: "Sections" });
  for (const link of within(nav).getAllByRole("link"))
    expect(link).not.toHaveAttribute("aria-current");
  const main = screen.getByRole("main");
  expect(
    within(main).getByRole("link", { name: "front page" }),
  ).toHaveAttribute("href", "/");
  expect(
    within(main).getByRole("searchbox", { name: "Search for the story" }),
  ).toBeInTheDocument();
});

test.each([
  ["/", "Front page"],
  ["/topics/", "Topics"],
  ["/topics/russia/", "Topics"],
  ["/search/?q=lavrov", "Search"],
])("on %s the masthead marks %s as the current section", async (url, name) => {
  renderAt(url);
  await screen.findByRole("heading", { level: 1 });
  const nav = screen.getByRole("navigation", { name: "Sections" });
  expect(within(nav).getByRole("link", { name })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const current = within(nav)
    .getAllByRole("link")
    .filter((link) => link.hasAttribute("aria-current"));
  expect(current).toHaveLength(1);
});
