/**
 * A render error in one region of a page, in Chromium: the story's data file
 * arrives with a related story whose headline is not text, so the sidebar
 * cannot render. The story must stay, and the sidebar say what happened.
 */
import {
  expect,
  expectOnly,
  hydrated,
  STORY_HEADLINE,
  test,
} from "./fixtures.ts";
import { homePath } from "../../src/content/paths.ts";

// page.route must see the data file, not a service worker's cached copy.
test.use({ serviceWorkers: "block" });

test("a sidebar that cannot render leaves the story whole and says so in its place", async ({
  page,
  consoleErrors,
}) => {
  await page.route(
    /\/data\/stories\/russia-trump[\w-]*\.json$/,
    async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as {
        related: { headline: unknown }[];
      };
      if (data.related[0]) data.related[0].headline = { not: "text" };
      await route.fulfill({ response, json: data });
    },
  );
  await page.goto(homePath);
  await hydrated(page);
  await page.getByRole("link", { name: STORY_HEADLINE }).first().click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    STORY_HEADLINE,
  );
  await expect(
    page.getByText("Contributing: The Associated Press"),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Share" })).toBeVisible();
  const sidebar = page.getByRole("complementary", {
    name: "Related stories",
  });
  await expect(sidebar).toContainText("These stories could not be shown.");
  await expect(sidebar.getByRole("link")).toHaveCount(0);
  // React reports the error it caught; it is the fault brought about here.
  expectOnly(consoleErrors, [/Objects are not valid as a React child|#31/]);
});
