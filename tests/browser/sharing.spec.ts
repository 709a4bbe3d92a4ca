/**
 * Share and paragraph links in real Chromium: the share sheet, the
 * clipboard, the email fallback, and a paragraph link opened cold.
 */
import { expect, hydrated, ORIGIN, STORY_PATH, test } from "./fixtures.ts";

const CANONICAL = `${ORIGIN}${STORY_PATH}`;

test.describe("with the clipboard and no share sheet", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
  });

  test("Share copies the clean canonical link and says so", async ({
    page,
  }) => {
    // Arriving with tracking parameters must not pass them on.
    await page.goto(`${STORY_PATH}?utm_source=chat&fbclid=x`);
    await hydrated(page);
    await page.getByRole("button", { name: "Share" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Link copied" }),
    ).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      CANONICAL,
    );
  });

  test("a paragraph's link copies the story's link to that paragraph", async ({
    page,
  }) => {
    await page.goto(STORY_PATH);
    await hydrated(page);
    await page.getByRole("link", { name: "Link to paragraph 4" }).click();
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: "Link to paragraph 4 copied" }),
    ).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${CANONICAL}#p-4`,
    );
    expect(new URL(page.url()).hash).toBe("");
  });
});

test("the browser's share sheet gets the title and the clean link", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "share", {
      configurable: true,
      value(data: ShareData) {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  await page.goto(STORY_PATH);
  await hydrated(page);
  await page.getByRole("button", { name: "Share" }).click();
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { shared?: ShareData }).shared),
    )
    .toEqual({
      title: await page.getByRole("heading", { level: 1 }).innerText(),
      url: CANONICAL,
    });
});

test("with neither share sheet nor clipboard, Share offers an email link", async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
    Object.defineProperty(Navigator.prototype, "clipboard", {
      configurable: true,
      get: () => undefined,
    });
  });
  await page.goto(STORY_PATH);
  await hydrated(page);
  await page.getByRole("button", { name: "Share" }).click();
  const email = page.getByRole("link", { name: "Email the link" });
  await expect(email).toBeFocused();
  const href = (await email.getAttribute("href")) ?? "";
  expect(href).toMatch(/^mailto:\?subject=/);
  expect(decodeURIComponent(href.split("body=")[1] ?? "")).toBe(CANONICAL);
});

test("a paragraph link opened cold scrolls to the paragraph, highlights it and focuses it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 640 });
  await page.goto(`${STORY_PATH}#p-7`);
  await hydrated(page);
  const paragraph = page.locator("#p-7");
  await expect(paragraph).toBeFocused();
  await expect(paragraph).toBeInViewport();
  const [highlight, plain] = await page.evaluate(() =>
    ["#p-7", "#p-6"].map(
      (id) =>
        getComputedStyle(document.querySelector(id) as Element).backgroundColor,
    ),
  );
  expect(highlight).not.toBe(plain);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("without JavaScript there is no dead Share button, and paragraph links are plain anchors", async ({
    page,
  }) => {
    await page.goto(STORY_PATH);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Share" })).toBeHidden();
    await page.getByRole("link", { name: "Link to paragraph 2" }).click();
    expect(new URL(page.url()).hash).toBe("#p-2");
  });
});
