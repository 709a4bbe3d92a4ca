import { expect, STORY_HEADLINE, STORY_PATH, test } from "./fixtures.ts";
import {
  homePath,
  searchPath,
  storyPath,
  topicPath,
} from "../../src/content/paths.ts";
import { seedStory } from "./edition.ts";

test("a story URL opened directly shows the story, its credit and related stories", async ({
  page,
}) => {
  await page.goto(STORY_PATH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    STORY_HEADLINE,
  );
  await expect(page).toHaveTitle(`${STORY_HEADLINE} — Dateline`);
  await expect(page.locator("time")).toHaveAttribute(
    "datetime",
    seedStory.published,
  );
  await expect(
    page.getByText("Contributing: The Associated Press"),
  ).toBeVisible();
  const related = page
    .getByRole("complementary", { name: "Related stories" })
    .getByRole("list", { name: "More on this story" });
  await expect(related.getByRole("link")).toHaveCount(3);
});

test("reloading a deep link shows the same page", async ({ page }) => {
  await page.goto(STORY_PATH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    STORY_HEADLINE,
  );
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    STORY_HEADLINE,
  );
  expect(new URL(page.url()).pathname).toBe(STORY_PATH);
});

test("a search URL can be shared: the query comes back from the address", async ({
  page,
}) => {
  await page.goto(searchPath("claptrap"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Search results for “claptrap”",
  );
  await expect(
    page.getByRole("searchbox", { name: "Search stories" }),
  ).toHaveValue("claptrap");
  await expect(
    page.getByRole("heading", { name: "2 stories match" }),
  ).toBeVisible();
});

for (const path of [
  "/no/such/page",
  storyPath({ ...seedStory, slug: "no-such-story" }),
  storyPath({ kind: "brief", slug: "no-such-brief" }),
  topicPath("nobody"),
  `${topicPath("Russia")}extra/`,
]) {
  test(`an unknown URL answers 404 with the not-found page: ${path}`, async ({
    page,
  }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Page not found",
    );
    await expect(page).toHaveTitle("Page not found — Dateline");
    await expect(
      page.getByRole("link", { name: "front page" }).first(),
    ).toBeVisible();
    await expect(page.getByRole("searchbox")).toBeVisible();
  });
}

test("every page reachable from the front page has one h1, a title, and no dead links", async ({
  page,
}) => {
  const seen = new Set<string>();
  const queue = [homePath];
  while (queue.length > 0) {
    const path = queue.shift() ?? "/";
    if (seen.has(path)) continue;
    seen.add(path);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 }), path).not.toHaveText(
      "Page not found",
    );
    expect(await page.title(), path).toMatch(/Dateline$/);
    const hrefs = await page
      .locator("a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    for (const href of hrefs) {
      expect(href, `a link on ${path}`).toBeTruthy();
      expect(href, `a link on ${path}`).not.toMatch(/^#?$/);
      if (href?.startsWith("/")) queue.push(new URL(href, "http://x").pathname);
    }
  }
  // Front, story, three briefs, topics index, three topics, search.
  expect(seen.size).toBeGreaterThanOrEqual(10);
});
