/**
 * Search in Chromium, against the built site: Pagefind's index, loaded on
 * first use, under the search page's own Content-Security-Policy (the only
 * one that lets it compile WebAssembly), with no violation and no console error.
 */
import type { Page } from "@playwright/test";
import { expect, hydrated, ORIGIN, STORY_PATH, test } from "./fixtures.ts";
import { searchPath } from "../../src/content/paths.ts";

async function policyOf(page: Page): Promise<string> {
  return (
    (await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content")) ?? ""
  );
}

/** Every CSP violation in the page, from the first byte on, across page loads. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const key = "dateline-test-violations";
    document.addEventListener("securitypolicyviolation", (event) => {
      const seen = JSON.parse(sessionStorage.getItem(key) ?? "[]") as string[];
      seen.push(`${event.effectiveDirective} refused ${event.blockedURI}`);
      sessionStorage.setItem(key, JSON.stringify(seen));
    });
  });
  return () =>
    page.evaluate(
      () =>
        JSON.parse(
          sessionStorage.getItem("dateline-test-violations") ?? "[]",
        ) as string[],
    );
}

test("a reader searches two words from a story page, and lands on results with a count and the words marked", async ({
  page,
}) => {
  const violations = await recordViolations(page);
  await page.goto(STORY_PATH);
  await hydrated(page);
  expect(await policyOf(page)).not.toContain("wasm-unsafe-eval");

  // The masthead's link loads the search page whole, with its own policy.
  await page
    .getByRole("navigation", { name: "Sections" })
    .getByRole("link", { name: "Search", exact: true })
    .click();
  await expect(page).toHaveURL(`${ORIGIN}${searchPath()}`);
  await hydrated(page);
  expect(await policyOf(page)).toContain("'wasm-unsafe-eval'");

  await page
    .getByRole("searchbox", { name: "Search stories" })
    .fill("lavrov claptrap");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${ORIGIN}${searchPath("lavrov claptrap")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Search results for “lavrov claptrap”",
  );
  const results = page.getByRole("region", { name: /^\d+ stor(y|ies) match/ });
  await expect(results).toBeVisible();
  await expect(page.locator("[data-search-result]").first()).toBeVisible();
  const count = Number(
    /^(\d+)/.exec(
      (await results.getByRole("heading").first().innerText()) ?? "",
    )?.[1],
  );
  expect(count).toBeGreaterThan(0);
  await expect(page.locator("[data-search-result]")).toHaveCount(count);
  // The headline that has both words leads.
  await expect(results.getByRole("heading", { level: 3 }).first()).toHaveText(
    /Lavrov rejects as 'claptrap'/,
  );
  const marks = await results.locator("mark").allInnerTexts();
  expect(marks.length).toBeGreaterThan(0);
  for (const word of marks) expect(word).toMatch(/lavrov|claptrap/i);

  expect(await violations()).toEqual([]);
});

test("a results page is in the URL, and one past the end says there is no such page", async ({
  page,
}) => {
  // The real edition has fewer than 20 matches, so its page 2 does not exist.
  await page.goto(`${searchPath("claptrap")}&page=2`);
  await hydrated(page);
  const problem = page.getByRole("region", { name: "No such page of results" });
  await expect(problem).toContainText("has 1 page of results, not 2");
  await problem.getByRole("link", { name: "See the first page" }).click();
  await expect(page).toHaveURL(`${ORIGIN}${searchPath("claptrap")}`);
  await expect(page.locator("[data-search-result]").first()).toBeVisible();
});

test("a search downloads only a slice of the index, never a whole-catalogue file", async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on("requestfinished", (request) => fetched.push(request.url()));
  await page.goto(searchPath("lavrov claptrap"));
  await hydrated(page);
  await expect(page.locator("[data-search-result]").first()).toBeVisible();
  expect(fetched.some((url) => url.includes("/pagefind/pagefind.js"))).toBe(
    true,
  );
  expect(fetched.some((url) => url.endsWith("/data/search.json"))).toBe(false);
  // No web worker, no prebuilt interface: the page draws its own results.
  expect(fetched.filter((url) => /pagefind-(worker|ui)/.test(url))).toEqual([]);
});

test("with JavaScript off, the form still submits and the page says search needs JavaScript", async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: ORIGIN,
  });
  const page = await context.newPage();
  await page.goto(searchPath());
  await expect(
    page.getByText(/Search runs in your browser and needs JavaScript/),
  ).toBeVisible();
  await page.getByRole("searchbox", { name: "Search stories" }).fill("lavrov");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(`${ORIGIN}${searchPath("lavrov")}`);
  await expect(
    page.getByRole("link", { name: "topic", exact: true }),
  ).toHaveAttribute("href", "/topics/");
  await context.close();
});
