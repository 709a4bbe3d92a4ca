import { screen, waitFor, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { elementWithId, metaContent } from "../testing/head.ts";
import seed from "../../tools/import/sources/000_d3ee9ce1057ffd97.txt?raw";
import { renderAt } from "../testing/renderAt.tsx";
import { storyPath, topicPath } from "../../content/paths.ts";
import { briefTitled, seedStory } from "../testing/edition.ts";
import { checkEdition } from "../../content/catalogue.ts";
import { catalogueContent } from "../../content/content.ts";
import { files, full } from "../../content/sampleEdition.ts";

const STORY = storyPath(seedStory);
const HEADLINE = seedStory.headline;

/**
 * The seed's body paragraphs, read straight from the wire copy with only the
 * Markdown link syntax removed: what a reader must see, word for word.
 */
function seedParagraphs(): string[] {
  const blocks = seed.split(/\n\s*\n/).map((b) => b.trim());
  const first = blocks.findIndex((b) =>
    b.startsWith("Russian Foreign Minister"),
  );
  const credit = blocks.findIndex((b) => b.startsWith("*Contributing"));
  return blocks
    .slice(first, credit)
    .map((b) => b.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1"));
}

test("reader sees the seed story's headline, date, reading time and every paragraph as written", async () => {
  renderAt(STORY);
  const article = await screen.findByRole("article");
  expect(within(article).getByRole("heading", { level: 1 })).toHaveTextContent(
    HEADLINE,
  );
  expect(within(article).getByText("April 20, 2018")).toHaveAttribute(
    "datetime",
    "2018-04-20",
  );
  expect(within(article).getByText(/min read$/)).toHaveTextContent(
    "1–2 min read",
  );
  expect(within(article).getByText("World")).toBeInTheDocument();

  const expected = seedParagraphs();
  expect(expected).toHaveLength(10);
  const paragraphs = expected.map((text) =>
    within(article).getByText(
      // Each paragraph ends with its own link mark, which is not story text.
      (_, el) =>
        el?.tagName === "P" && el.textContent?.replace(/ ¶$/, "") === text,
    ),
  );
  expect(paragraphs).toHaveLength(10);
});

test("every paragraph has a stable id from its position and a link to itself", async () => {
  renderAt(STORY);
  const article = await screen.findByRole("article");
  for (let position = 1; position <= 10; position++) {
    const link = within(article).getByRole("link", {
      name: `Link to paragraph ${position}`,
    });
    expect(link).toHaveAttribute("href", `#p-${position}`);
    // The link sits in the paragraph it names.
    expect(elementWithId(`p-${position}`)).toContainElement(link);
  }
});

test("reader sees the agency credit as a credit, not as story text", async () => {
  renderAt(STORY);
  const credit = await screen.findByText("Contributing: The Associated Press");
  expect(credit.tagName).toBe("EM");
});

test("links with no known target in the wire copy are plain text, never dead links", async () => {
  renderAt(STORY);
  await screen.findByRole("article");
  for (const words of [
    "on his re-election",
    "special counsel Robert Mueller's investigation",
    'baseless "claptrap."',
  ]) {
    expect(screen.getByText(words, { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: words })).not.toBeInTheDocument();
  }
});

test("reader finds the three related stories in a sidebar, each with its own page", async () => {
  renderAt(STORY);
  const sidebar = await screen.findByRole("complementary", {
    name: "Related stories",
  });
  const picks = within(sidebar).getByRole("list", {
    name: "More on this story",
  });
  // The repo's edition has one full story: nothing else to suggest, and no empty group says so.
  expect(
    within(sidebar).queryByRole("heading", { name: "Similar stories" }),
  ).not.toBeInTheDocument();
  expect(within(sidebar).getAllByRole("listitem")).toHaveLength(3);
  const links = within(picks).getAllByRole("link");
  expect(links.map((a) => a.textContent)).toEqual([
    "Trump won't say whether he would fire Mueller, but notes that he's 'still here'",
    "Russia: 'Unscrupulous' U.S. behavior destabilizes world",
    "Lavrov rejects as 'claptrap' charges of Russian election meddling",
  ]);
  expect(links[1]).toHaveAttribute(
    "href",
    storyPath(briefTitled(/^Russia: 'Unscrupulous'/)),
  );
});

/** Four stories on one subject, a day apart; the first links the last. */
const volcanoEdition = checkEdition(
  files(
    ...["katla", "hekla", "askja", "grimsvotn"].map((name, i) =>
      full(`${name}-eruption`, {
        headline: `${name} eruption: lava and ash over Iceland`,
        published: `2020-05-0${String(4 - i)}`,
        topics: ["Iceland"],
        body: [
          {
            inlines: [
              {
                type: "text",
                value: `The ${name} volcano sent lava, ash and a plume over Iceland's glaciers.`,
              },
            ],
          },
        ],
        related: i === 0 ? ["grimsvotn-eruption"] : [],
      }),
    ),
    full("cup-final", {
      headline: "Cup final goes to penalties",
      topics: ["Sport"],
      body: [{ inlines: [{ type: "text", value: "Goals, then penalties." }] }],
    }),
  ),
);
const volcanoes = catalogueContent(volcanoEdition);

function volcanoPath(slug: string): string {
  const story = volcanoEdition.bySlug.get(slug);
  if (!story) throw new Error(`no story ${slug}`);
  return storyPath(story);
}

test("the sidebar tells the editor's picks from the similar stories, each under its own label", async () => {
  renderAt(volcanoPath("katla-eruption"), volcanoes);
  const sidebar = await screen.findByRole("complementary", {
    name: "Related stories",
  });
  expect(
    within(sidebar)
      .getAllByRole("heading", { level: 2 })
      .map((h) => h.textContent),
  ).toEqual(["More on this story", "Similar stories"]);
  const picks = within(sidebar).getByRole("list", {
    name: "More on this story",
  });
  expect(
    within(picks)
      .getAllByRole("link")
      .map((a) => a.textContent),
  ).toEqual(["grimsvotn eruption: lava and ash over Iceland"]);
  const similar = within(sidebar).getByRole("list", {
    name: "Similar stories",
  });
  // Neither the story itself, nor the editor's pick again, nor the unrelated one.
  expect(
    within(similar)
      .getAllByRole("link")
      .map((a) => a.textContent),
  ).toEqual([
    "hekla eruption: lava and ash over Iceland",
    "askja eruption: lava and ash over Iceland",
  ]);
  expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
});

test("a story with no editor's picks shows only its similar stories", async () => {
  renderAt(volcanoPath("hekla-eruption"), volcanoes);
  const sidebar = await screen.findByRole("complementary", {
    name: "Related stories",
  });
  expect(
    within(sidebar).queryByRole("heading", { name: "More on this story" }),
  ).not.toBeInTheDocument();
  expect(
    within(
      within(sidebar).getByRole("list", { name: "Similar stories" }),
    ).getAllByRole("link"),
  ).toHaveLength(3);
});

test("a story with neither has no sidebar at all", async () => {
  renderAt(volcanoPath("cup-final"), volcanoes);
  await screen.findByRole("article");
  expect(screen.queryByRole("complementary")).not.toBeInTheDocument();
});

test("reader can go to each of the story's topics", async () => {
  renderAt(STORY);
  const topics = await screen.findByRole("navigation", { name: "Topics" });
  expect(
    within(topics)
      .getAllByRole("link")
      .map((a) => [a.textContent, a.getAttribute("href")]),
  ).toEqual([
    ["Russia", topicPath("Russia")],
    ["Donald Trump", topicPath("Donald Trump")],
    ["Vladimir Putin", topicPath("Vladimir Putin")],
  ]);
});

test("an old story says when it is from", async () => {
  renderAt(STORY);
  expect(await screen.findByRole("note")).toHaveTextContent(
    "This story is from April 2018",
  );
});

test("the story page names itself in the title and description", async () => {
  renderAt(STORY);
  await screen.findByRole("article");
  await waitFor(() => expect(document.title).toBe(`${HEADLINE} — Dateline`));
  expect(metaContent("description")).toBe(
    "Russian Foreign Minister Sergey Lavrov said Friday that President Trump indicated he could visit Moscow if Russian leader Vladimir Putin comes to the United States.",
  );
});

test("a known story under the wrong date or section is sent to its one true URL", async () => {
  const { router } = renderAt(
    storyPath({ ...seedStory, section: "News", published: "2019-01-01" }),
  );
  await screen.findByRole("article");
  expect(router.state.location.pathname).toBe(STORY);
});
