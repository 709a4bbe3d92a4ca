import { expect, STORY_PATH, test } from "./fixtures.ts";
import {
  homePath,
  searchPath,
  storyPath,
  topicPath,
  topicsPath,
} from "../../src/content/paths.ts";
import { edition } from "./edition.ts";

const PAGES = [
  homePath,
  STORY_PATH,
  // The longest headline is the likeliest to overflow.
  storyPath(
    edition.briefs.reduce((a, b) =>
      b.headline.length > a.headline.length ? b : a,
    ),
  ),
  topicsPath,
  topicPath("Donald Trump"),
  searchPath(),
  searchPath("Putin"),
  "/no/such/page",
];

for (const width of [320, 375, 1440]) {
  test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of PAGES) {
      await page.goto(path);
      await page
        .getByRole("heading", { level: 1 })
        .waitFor({ state: "attached" });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
    }
  });
}

test("the related stories sit beside the text on a wide screen and below it on a phone", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(STORY_PATH);
  const article = await page.getByRole("article").boundingBox();
  const aside = await page.getByRole("complementary").boundingBox();
  expect(aside && article && aside.x).toBeGreaterThan(
    (article?.x ?? 0) + (article?.width ?? 0) - 1,
  );

  await page.setViewportSize({ width: 375, height: 800 });
  const phoneArticle = await page.getByRole("article").boundingBox();
  const phoneAside = await page.getByRole("complementary").boundingBox();
  expect(phoneAside?.y).toBeGreaterThan(
    (phoneArticle?.y ?? 0) + (phoneArticle?.height ?? 0) - 1,
  );
});

test("story text keeps a comfortable line length of about 65-75 characters", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(STORY_PATH);
  const perLine = await page
    .getByText(/^"He returned to this topic/)
    .evaluate((p) => {
      // Characters per line = the paragraph's width over the mean width of its own characters.
      const text = p.textContent ?? "";
      const probe = document.createElement("span");
      probe.textContent = text;
      probe.style.whiteSpace = "nowrap";
      p.append(probe);
      const meanCharWidth = probe.getBoundingClientRect().width / text.length;
      probe.remove();
      return p.getBoundingClientRect().width / meanCharWidth;
    });
  expect(perLine).toBeGreaterThan(60);
  expect(perLine).toBeLessThan(80);
});
