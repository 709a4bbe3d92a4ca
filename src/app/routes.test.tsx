import { screen, waitFor, within } from "@testing-library/react";
import type { RouteObject } from "react-router";
import { expect, test } from "vitest";
import { checkEdition } from "../content/catalogue.ts";
import { catalogueContent } from "../content/content.ts";
import { storyIndex } from "../content/editionData.ts";
import { files, full } from "../content/sampleEdition.ts";
import { RESERVED_NAMES } from "../content/slug.ts";
import { everyPath } from "../content/everyPath.ts";
import { hasElementWithId, metaContent } from "./testing/head.ts";
import { testEdition as edition } from "./testing/edition.ts";
import { renderAt } from "./testing/renderAt.tsx";
import { routes } from "./routes.tsx";

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

/** Names Object.prototype answers to: a lookup in a plain object would find them. */
const PROTOTYPE_NAMES = [
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "prototype",
];

test.each(
  PROTOTYPE_NAMES.flatMap((name) => [
    `/topics/${name}/`,
    `/briefs/${name}/`,
    `/${name}/`,
    `/${name}/2018/`,
    `/world/2018/04/20/${name}/`,
    `/topics/${name}/page/2/`,
  ]),
)("%s, named after Object.prototype, is not found", async (path) => {
  renderAt(path);
  expect(
    await screen.findByRole("heading", { level: 1, name: "Page not found" }),
  ).toBeInTheDocument();
});

/** An edition whose story, brief, section and topics are named as Object.prototype's members are. */
const prototypeEdition = checkEdition(
  files(
    full("constructor", {
      headline: "A story slugged constructor",
      section: "Prototype",
      topics: PROTOTYPE_NAMES,
      related: ["prototype"],
    }),
    { kind: "brief", slug: "prototype", headline: "A brief slugged prototype" },
  ),
);

test.each([
  ["/prototype/2018/04/20/constructor/", "A story slugged constructor"],
  ["/briefs/prototype/", "A brief slugged prototype"],
  ["/prototype/", "Prototype"],
  ["/topics/constructor/", "constructor"],
  ["/topics/tostring/", "toString"],
  ["/topics/hasownproperty/", "hasOwnProperty"],
  ["/topics/proto/", "__proto__"],
])(
  "a story really named after Object.prototype's members has its pages: %s",
  async (path, heading) => {
    renderAt(path, catalogueContent(prototypeEdition));
    expect(
      await screen.findByRole("heading", { level: 1, name: heading }),
    ).toBeInTheDocument();
  },
);

const worldEdition = checkEdition(
  files(
    full("россия-2018-визит", {
      headline: "Россия 2018: визит",
      section: "Мир",
      topics: ["Россия", "🚀"],
    }),
    full("中国宣布新的经济政策", {
      headline: "中国宣布新的经济政策",
      section: "Мир",
      topics: ["经济"],
    }),
  ),
);

test.each([
  ["/мир/2018/04/20/россия-2018-визит/", "Россия 2018: визит"],
  ["/мир/2018/04/20/中国宣布新的经济政策/", "中国宣布新的经济政策"],
  ["/мир/", "Мир"],
  ["/topics/россия/", "Россия"],
  ["/topics/🚀/", "🚀"],
  ["/topics/经济/", "经济"],
])(
  "a page in any script is found at its address, as written and percent-encoded: %s",
  async (path, heading) => {
    for (const url of [path, encodeURI(path)]) {
      const { unmount } = renderAt(url, catalogueContent(worldEdition));
      expect(
        await screen.findByRole("heading", { level: 1, name: heading }),
        url,
      ).toBeInTheDocument();
      unmount();
    }
  },
);

test("every fixed segment of the route table is a name no story, section or topic may take", () => {
  const segments = new Set<string>();
  const walk = (list: RouteObject[]) => {
    for (const { path = "", children: nested = [] } of list) {
      for (const segment of path.split("/"))
        if (segment !== "" && !/^[:*]/.test(segment)) segments.add(segment);
      walk(nested);
    }
  };
  walk(routes);
  expect([...segments].sort()).toEqual([
    "briefs",
    "page",
    "saved",
    "search",
    "topics",
  ]);
  for (const segment of segments)
    expect(RESERVED_NAMES.has(segment), segment).toBe(true);
});
