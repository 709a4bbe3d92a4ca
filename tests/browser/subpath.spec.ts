/**
 * The same site built for a sub-path (/dateline/, as on a project page) and
 * with React's development edition, which reports every hydration mismatch,
 * attributes included, to the console (the fixture fails on any).
 */
import { expectedPages } from "./edition.ts";
import { expect, hydrated, test, watchRemovedElements } from "./fixtures.ts";
import { SUBPATH_ORIGIN } from "./ports.ts";
import {
  archivePath,
  searchPath,
  sectionPath,
  topicPath,
  topicsPath,
} from "../../src/content/paths.ts";

const SITE = `${SUBPATH_ORIGIN}/dateline/`;
/** A page's address under the base path; paths.ts paths start with /. */
const under = (path: string) => new URL(path.slice(1), SITE).href;

const urls = [
  ...expectedPages.map((page) => ({ url: under(page.path), h1: page.h1 })),
  { url: under("/no/such/page/"), h1: "Page not found" },
  { url: under(topicPath("nobody")), h1: "Page not found" },
  { url: under(archivePath("World", "2017")), h1: "Page not found" },
];

for (const { url, h1 } of urls) {
  test(`${url} hydrates under the base path with no mismatch`, async ({
    page,
  }) => {
    const removed = await watchRemovedElements(page);
    const outside: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(SITE)) outside.push(request.url());
    });
    await page.goto(url);
    await hydrated(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
    expect(await removed()).toEqual([]);
    expect(outside, "requests outside the base path").toEqual([]);
    const hrefs = await page
      .locator("a[href], link[href]")
      .evaluateAll((els) => els.map((el) => el.getAttribute("href") ?? ""));
    for (const href of hrefs.filter((h) => h.startsWith("/")))
      expect(href).toMatch(/^\/dateline\//);
    for (const href of hrefs.filter((h) => /^https?:/.test(h)))
      expect(href.startsWith(SITE)).toBe(true);
  });
}

test("client-side navigation, back and reload stay under the base path", async ({
  page,
}) => {
  await page.goto(SITE);
  await hydrated(page);
  await page.getByRole("link", { name: "Topics", exact: true }).click();
  await expect(page).toHaveURL(under(topicsPath));
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await page.getByRole("link", { name: "Russia" }).click();
  await expect(page).toHaveURL(under(topicPath("Russia")));
  await page.goBack();
  await expect(page).toHaveURL(under(topicsPath));
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Topics");
});

test("outside the base path there is no site", async ({ request }) => {
  const response = await request.get(`${SUBPATH_ORIGIN}/topics/`, {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(404);
});

test("a story built while new says it is old once read years later, with no mismatch", async ({
  page,
  request,
}) => {
  const story = expectedPages.find((p) => p.story?.kind === "full");
  if (!story) throw new Error("no full story in the edition");
  // Built on 2018-04-25, five days after the story: no age notice in the HTML.
  const html = await (await request.get(under(story.path))).text();
  expect(html).toContain(story.h1);
  expect(html).not.toContain("This story is from");
  // The reader's today is years later: the notice appears once the page is live.
  await page.goto(under(story.path));
  await hydrated(page);
  await expect(page.getByRole("note")).toHaveText(
    "This story is from April 2018",
  );
});

test("search finds stories under the base path, with Pagefind's files fetched from under it too", async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on("requestfinished", (request) => fetched.push(request.url()));
  await page.goto(under(searchPath("lavrov claptrap")));
  await hydrated(page);
  const first = page.locator("[data-search-result]").first();
  await expect(first).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();
  await expect(first.getByRole("link").first()).toHaveAttribute(
    "href",
    /^\/dateline\//,
  );
  const pagefind = fetched.filter((url) => url.includes("/pagefind/"));
  expect(pagefind.length).toBeGreaterThan(0);
  for (const url of pagefind)
    expect(url.startsWith(`${SITE}pagefind/`)).toBe(true);
});

test("a story's section and date lead to its archives under the base path, and the breadcrumb back", async ({
  page,
}) => {
  const story = expectedPages.find((p) => p.story?.kind === "full");
  if (story?.story?.kind !== "full") throw new Error("no full story");
  const { section, published } = story.story;
  await page.goto(under(story.path));
  await hydrated(page);
  await page
    .getByRole("article")
    .getByRole("link", { name: section, exact: true })
    .click();
  await expect(page).toHaveURL(under(sectionPath(section)));
  await page.goBack();
  await page
    .getByRole("link", { name: new RegExp(`^More ${section} stories from`) })
    .click();
  await expect(page).toHaveURL(under(archivePath(section, published)));
  await page
    .getByRole("navigation", { name: "Breadcrumb" })
    .getByRole("link", { name: published.slice(0, 4) })
    .click();
  await expect(page).toHaveURL(
    under(archivePath(section, published.slice(0, 4))),
  );
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `${section}: ${published.slice(0, 4)}`,
  );
});
