/**
 * A reader trims a story's URL to get to its section or its day: every prefix
 * answers, with JavaScript on and off, and the story's section and date lead
 * there too.
 */
import { formatPeriod, monthName } from "../../src/content/dates.ts";
import { archivePath, storyPath } from "../../src/content/paths.ts";
import { seedStory } from "./edition.ts";
import { expect, hydrated, test } from "./fixtures.ts";

const { section, published } = seedStory;
const STORY = storyPath(seedStory);

/** The story's URL cut back one segment at a time, and the h1 each prefix shows. */
const PREFIXES = ["", published.slice(0, 4), published.slice(0, 7), published]
  .map((date) => ({
    path: archivePath(section, date),
    h1: date ? `${section}: ${formatPeriod(date)}` : section,
    crumbs: 2 + date.split("-").filter(Boolean).length,
  }))
  .reverse();

/** Prefixes no story is filed under, and ones archivePath never writes. */
const EMPTY = [
  archivePath(section, "2017"),
  archivePath(section, "2018-05"),
  `/${section.toLowerCase()}/2018/13/`,
  `/${section.toLowerCase()}/18/`,
  "/no-such-section/",
];

test("each prefix of the story's URL is in the URL it trims to", () => {
  for (const { path } of PREFIXES) expect(STORY.startsWith(path)).toBe(true);
  expect(PREFIXES.map((p) => p.path.split("/").length)).toEqual([6, 5, 4, 3]);
});

for (const { path, h1, crumbs } of PREFIXES)
  test(`${path}, loaded whole, lists the story under a breadcrumb and hydrates`, async ({
    page,
  }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await hydrated(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
    await expect(page).toHaveTitle(`${h1} — Dateline`);
    const trail = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(trail.getByRole("link")).toHaveCount(crumbs);
    await expect(trail.locator('[aria-current="page"]')).toHaveAttribute(
      "href",
      path,
    );
    await page.getByRole("link", { name: seedStory.headline }).click();
    await expect(page).toHaveURL(STORY);
    await expect(
      page.getByRole("heading", { level: 1, name: seedStory.headline }),
    ).toBeFocused();
  });

for (const path of EMPTY)
  test(`${path} has no stories: not found, with status 404`, async ({
    page,
  }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await hydrated(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Page not found",
    );
  });

test("the story's section leads to its section front, and the breadcrumb back down to the day", async ({
  page,
}) => {
  await page.goto(STORY);
  await hydrated(page);
  await page
    .getByRole("article")
    .getByRole("link", { name: section, exact: true })
    .click();
  await expect(page).toHaveURL(archivePath(section));
  await expect(
    page.getByRole("heading", { level: 1, name: section }),
  ).toBeFocused();
  // Down a level at a time, through the lists of years, months and days.
  for (const [list, name] of [
    ["Years", published.slice(0, 4)],
    ["Months", monthName(published.slice(0, 7))],
    ["Days", formatPeriod(published)],
  ] as const)
    await page
      .getByRole("region", { name: list })
      .getByRole("link", { name, exact: true })
      .click();
  await expect(page).toHaveURL(archivePath(section, published));
  await page
    .getByRole("navigation", { name: "Breadcrumb" })
    .getByRole("link", { name: "Front page" })
    .click();
  await expect(page).toHaveURL("/");
});

test("the story's date leads to its section's stories of that day", async ({
  page,
}) => {
  await page.goto(STORY);
  await hydrated(page);
  const date = page.getByRole("link", {
    name: `More ${section} stories from ${formatPeriod(published)}`,
  });
  // The date a reader sees is the link; the words before it are for screen readers.
  await expect(
    date.getByText(formatPeriod(published), { exact: true }),
  ).toBeVisible();
  await expect(date.getByText(/^More/)).toHaveClass("visually-hidden");
  await date.click();
  await expect(page).toHaveURL(archivePath(section, published));
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: `${section}: ${formatPeriod(published)}`,
    }),
  ).toBeFocused();
});

test("page 1 of an archive redirects to the archive's own URL", async ({
  page,
}) => {
  await page.goto(archivePath(section, published.slice(0, 4)) + "page/1/");
  await hydrated(page);
  await expect(page).toHaveURL(archivePath(section, published.slice(0, 4)));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `${section}: ${published.slice(0, 4)}`,
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every prefix of the story's URL is a page, linked by the story's section and date", async ({
    page,
  }) => {
    for (const { path, h1 } of PREFIXES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
      await expect(
        page.getByRole("link", { name: seedStory.headline }),
      ).toHaveAttribute("href", STORY);
    }
    await page.goto(STORY);
    await page
      .getByRole("article")
      .getByRole("link", { name: section, exact: true })
      .click();
    await expect(page).toHaveURL(archivePath(section));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(section);
    await page.goto(STORY);
    await page
      .getByRole("link", {
        name: `More ${section} stories from ${formatPeriod(published)}`,
      })
      .click();
    await expect(page).toHaveURL(archivePath(section, published));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `${section}: ${formatPeriod(published)}`,
    );
    await expect(page.locator("html")).not.toHaveAttribute(
      "data-hydrated",
      "true",
    );
  });

  test("a prefix with no stories is the not-found page, with status 404", async ({
    page,
  }) => {
    for (const path of EMPTY) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "Page not found",
      );
    }
  });
});
