/**
 * The Content-Security-Policy on every page, in Chromium: each page carries
 * it, nothing the app does breaks it (a violation would mean a feature that
 * only works where the policy is off), and no page asks another origin for
 * anything. The hostile-story spec shows what the policy stops; this one
 * shows the app lives within it.
 */
import type { BrowserContext, Page } from "@playwright/test";
import { edition, expectedPages } from "./edition.ts";
import {
  expect,
  expectOnly,
  hydrated,
  ORIGIN,
  STORY_PATH,
  test,
} from "./fixtures.ts";
import { homePath, searchPath } from "../../src/content/paths.ts";

const PAGES = [
  ...expectedPages.map((page) => page.path),
  searchPath("Putin"),
  "/no/such/page/",
];

/** Collects every CSP violation in the page, from the first byte on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(
        `${event.effectiveDirective} refused ${event.blockedURI || "inline"}: ${event.sample}`,
      ),
    );
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { violations: string[] }).violations,
    );
}

/** Every request the pages and their service worker make to an origin not the site's. */
function recordElsewhere(context: BrowserContext): string[] {
  const elsewhere: string[] = [];
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== ORIGIN && url.protocol !== "data:")
      elsewhere.push(request.url());
  });
  return elsewhere;
}

async function policyOf(page: Page): Promise<string> {
  return (
    (await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content")) ?? ""
  );
}

for (const path of PAGES) {
  test(`${path}: carries the policy, breaks none of it, and asks no other origin`, async ({
    page,
    context,
  }) => {
    const violations = await recordViolations(page);
    const elsewhere = recordElsewhere(context);
    await page.goto(path);
    await hydrated(page);

    const policy = await policyOf(page);
    expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(policy).toMatch(/(^|; )object-src 'none'(;|$)/);
    expect(policy).toMatch(/(^|; )base-uri 'self'(;|$)/);
    // Search alone may compile WebAssembly (Pagefind's), and nothing else loosens with it.
    const search = new URL(path, ORIGIN).pathname === searchPath();
    expect(policy).toMatch(
      search
        ? /(^|; )script-src 'self' 'sha256-[\w+/]{43}=' 'wasm-unsafe-eval'(;|$)/
        : /(^|; )script-src 'self' 'sha256-[\w+/]{43}='(;|$)/,
    );
    expect(policy.replace(" 'wasm-unsafe-eval'", "")).not.toContain("unsafe-");
    if (!search) expect(policy).not.toContain("wasm");
    // Searching works there: Pagefind loads, compiles and answers within the policy.
    if (new URL(path, ORIGIN).searchParams.has("q"))
      await expect(page.locator("[data-search-result]").first()).toBeVisible();

    // What the app does after it starts: the reader's settings restyle the
    // page, and the service worker is fetched and installed.
    await page.getByRole("button", { name: "Text settings" }).click();
    await page.getByRole("radio", { name: "Sepia" }).check();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "sepia");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    expect(await violations()).toEqual([]);
    expect(elsewhere).toEqual([]);
  });
}

test("moving between pages in the app, saving and sharing, breaks none of the policy", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const violations = await recordViolations(page);
  const elsewhere = recordElsewhere(context);
  await page.goto(homePath);
  await hydrated(page);
  const story = edition.stories[0];
  if (!story) throw new Error("no story in the edition");
  await page.getByRole("link", { name: story.headline }).first().click();
  await expect(page).toHaveURL(`${ORIGIN}${STORY_PATH}`);
  await page.getByRole("button", { name: "Share" }).click();
  await page.getByRole("button", { name: /^Save/ }).first().click();
  await page
    .getByRole("complementary", { name: "Related stories" })
    .getByRole("link")
    .first()
    .click();
  await page.getByRole("link", { name: "Topics", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Topics");
  await page.getByRole("link", { name: /^Saved/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Saved stories",
  );
  // A whole page load (reloadDocument), so the search page's own policy applies.
  await page.getByRole("link", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(`${ORIGIN}${searchPath()}`);
  await hydrated(page);
  expect(await policyOf(page)).toContain("'wasm-unsafe-eval'");
  await page.getByRole("searchbox").first().fill("Lavrov");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=Lavrov$/);
  await expect(page.locator("[data-search-result]").first()).toBeVisible();

  expect(await violations()).toEqual([]);
  expect(elsewhere).toEqual([]);
});

test("the recorder hears a violation: an inline script added to a page is refused and reported", async ({
  page,
  consoleErrors,
}) => {
  const violations = await recordViolations(page);
  await page.goto(STORY_PATH);
  await hydrated(page);
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injected = true";
    document.body.append(script);
    return new Promise<boolean>((resolve) =>
      setTimeout(() => resolve("injected" in window), 100),
    );
  });
  expect(ran).toBe(false);
  expect(await violations()).toEqual([
    expect.stringMatching(/^script-src-elem refused inline/) as unknown,
  ]);
  expectOnly(consoleErrors, [/^Executing inline script violates/]);
});
