/**
 * Saved stories and reading places in real Chromium: across pages, through
 * a file, and with storage that is corrupt or refuses to work.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  expect,
  hydrated,
  ORIGIN,
  storedBeforeLoad,
  STORY_HEADLINE,
  STORY_PATH,
  test,
} from "./fixtures.ts";
import { homePath, savedPath, storyPath } from "../../src/content/paths.ts";
import { aBrief, seedStory } from "./edition.ts";

const SAVE = { name: `Save “${STORY_HEADLINE}”` };
const KEY = "dateline:reader";
/** The reader's bad-input corpus (tests/fixtures/README.md). */
const savedFile = (name: string) =>
  fileURLToPath(
    new URL(`../fixtures/saved-files/${name}.json`, import.meta.url),
  );

test("a story saved in one page shows in another at once, and the header counts it", async ({
  context,
}) => {
  const story = await context.newPage();
  await story.goto(STORY_PATH);
  await hydrated(story);
  const saved = await context.newPage();
  await saved.goto(savedPath);
  await hydrated(saved);
  await expect(
    saved.getByText("Nothing saved yet.", { exact: false }),
  ).toBeVisible();

  await story.getByRole("button", SAVE).first().click();
  await expect(story.getByRole("button", SAVE).first()).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(
    story.getByRole("link", { name: "Saved (1 story)" }),
  ).toBeVisible();
  // The other page hears of it through the storage event, with no reload.
  await expect(
    saved.getByRole("heading", { level: 2, name: STORY_HEADLINE }),
  ).toBeVisible();
  await expect(
    saved.getByRole("link", { name: "Saved (1 story)" }),
  ).toBeVisible();

  await story.getByRole("button", SAVE).first().click();
  await expect(
    saved.getByRole("heading", { level: 2, name: STORY_HEADLINE }),
  ).toBeHidden();
});

test("saved stories export to a file and import into another browser, merging", async ({
  browser,
  page,
}) => {
  await page.goto(STORY_PATH);
  await hydrated(page);
  await page.getByRole("button", SAVE).first().click();
  // Saving is asynchronous (the store loads on first use): leave only once it took.
  await expect(page.getByRole("button", SAVE).first()).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.goto(savedPath);
  await hydrated(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export saved stories" }).click(),
  ]);
  const file = await download.path();
  expect(download.suggestedFilename()).toBe("dateline-saved-stories.json");
  expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({
    saved: [{ slug: seedStory.slug }],
  });

  // Another browser that already saved a brief.
  const other = await browser.newContext({ baseURL: ORIGIN });
  const second = await other.newPage();
  await second.goto(storyPath(aBrief));
  await hydrated(second);
  const saveBrief = second.getByRole("button", {
    name: `Save “${aBrief.headline}”`,
    exact: true,
  });
  await saveBrief.click();
  await expect(saveBrief).toHaveAttribute("aria-pressed", "true");
  await second.goto(savedPath);
  await hydrated(second);
  await second.getByLabel("Import saved stories").setInputFiles(file);
  await expect(second.getByText("Imported 1 story from")).toBeVisible();
  await expect(second.getByRole("main").getByRole("article")).toHaveCount(2);
  await other.close();
});

test("corrupt storage: reading works, a notice says so, and the old value is kept aside", async ({
  page,
}) => {
  await storedBeforeLoad(page, KEY, "{not json");
  await page.goto(STORY_PATH);
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    STORY_HEADLINE,
  );
  await expect(page.getByText(/could not be read/)).toBeVisible();
  await page.getByRole("button", SAVE).first().click();
  await expect(page.getByRole("button", SAVE).first()).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const stored = await page.evaluate((): Record<string, string> => ({
    ...localStorage,
  }));
  const backups = Object.entries(stored).filter(([k]) =>
    k.startsWith("dateline:reader:corrupt:"),
  );
  expect(backups.map(([, v]) => v)).toEqual(["{not json"]);
  expect(JSON.parse(stored[KEY] ?? "null")).toMatchObject({
    version: 1,
    saved: [{ slug: seedStory.slug }],
  });
});

test("storage that throws: reading works, saving lasts the visit, a notice says why", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto(STORY_PATH);
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    STORY_HEADLINE,
  );
  await expect(
    page.getByText(/not letting Dateline store anything/),
  ).toBeVisible();
  await page.getByRole("button", SAVE).first().click();
  await expect(page.getByRole("button", SAVE).first()).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  // Settings still change the page, for this visit.
  await page.getByRole("button", { name: "Text settings" }).click();
  await page.getByRole("radio", { name: "Sepia" }).check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "sepia");
});

test("a saved story no longer in the catalogue says so and can be removed", async ({
  page,
}) => {
  await page.addInitScript((key) => {
    if (!localStorage.getItem(key))
      localStorage.setItem(
        key,
        JSON.stringify({
          version: 1,
          saved: [
            {
              slug: "a-story-since-withdrawn",
              savedAt: "2026-11-01T10:00:00.000Z",
            },
          ],
          progress: {},
        }),
      );
  }, KEY);
  await page.goto(savedPath);
  await hydrated(page);
  await expect(
    page.getByText("A saved story is no longer available"),
  ).toBeVisible();
  await page
    .getByRole("button", { name: "Remove a-story-since-withdrawn" })
    .click();
  await expect(
    page.getByText("A saved story is no longer available"),
  ).toBeHidden();
  expect(
    JSON.parse(
      (await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? "{}",
    ),
  ).toMatchObject({ saved: [] });
});

test("continue reading: the front page offers the paragraph the reader reached, and lands there", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 640 });
  await page.goto(STORY_PATH);
  await hydrated(page);
  await page.evaluate(() => {
    const paragraph = document.getElementById("p-6");
    window.scrollTo(0, (paragraph?.offsetTop ?? 0) - 40);
  });
  await expect
    .poll(async (): Promise<unknown> =>
      JSON.parse(
        (await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? "{}",
      ),
    )
    .toMatchObject({
      progress: { [seedStory.slug]: { paragraph: 6 } },
    });

  await page.goto(homePath);
  await hydrated(page);
  const offer = page.getByRole("link", { name: /Continue where you left off/ });
  await expect(offer).toContainText("paragraph 6 of 10");
  await offer.click();
  await expect(page.locator("#p-6")).toBeFocused();
  await expect(page.locator("#p-6")).toBeInViewport();

  // Back on the story later: the offer is there too.
  await page.goto(STORY_PATH);
  await hydrated(page);
  await expect(
    page.getByRole("link", { name: /Continue where you left off/ }),
  ).toContainText("paragraph 6 of 10");
});

test("full storage: reading works, the new save lasts the visit, a notice says so, and the stored list is not touched", async ({
  page,
}) => {
  const brief =
    "lavrov-rejects-as-claptrap-charges-of-russian-election-meddling";
  const before = JSON.stringify({
    version: 1,
    saved: [{ slug: brief, savedAt: "2018-04-21T08:00:00.000Z" }],
    progress: {},
  });
  await page.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value);
      // From here on, as when the origin's quota is used up.
      Storage.prototype.setItem = () => {
        throw new DOMException(
          "The quota has been exceeded.",
          "QuotaExceededError",
        );
      };
    },
    [KEY, before] as const,
  );
  await page.goto(STORY_PATH);
  await hydrated(page);
  await expect(
    page.getByRole("link", { name: "Saved (1 story)" }),
  ).toBeVisible();
  await page.getByRole("button", SAVE).first().click();
  await expect(page.getByRole("button", SAVE).first()).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByText(/storage for Dateline is full/)).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Saved (2 stories)" }),
  ).toBeVisible();
  await expect(
    page.getByRole("article").getByRole("paragraph").first(),
  ).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(
    before,
  );
});

test("a saved story called constructor, stored or imported, says it is gone and can be removed", async ({
  page,
}) => {
  const at = "2026-11-30T08:00:00.000Z";
  await storedBeforeLoad(
    page,
    KEY,
    JSON.stringify({
      version: 1,
      saved: [{ slug: "constructor", savedAt: at }],
      progress: { constructor: { paragraph: 2, at } },
    }),
  );
  await page.goto(savedPath);
  await hydrated(page);
  const main = page.getByRole("main");
  // Once, a lookup in a plain object found Object's constructor here, and the page broke for good.
  await expect(
    main.getByText("A saved story is no longer available"),
  ).toHaveText("A saved story is no longer available (constructor)");
  await main.getByRole("button", { name: "Remove constructor" }).click();
  await expect(main.getByText(/^Nothing saved yet/)).toBeVisible();
  expect(
    JSON.parse(
      (await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? "{}",
    ),
  ).toEqual({
    version: 1,
    saved: [],
    progress: { constructor: { paragraph: 2, at } },
  });

  const input = main.getByLabel("Import saved stories");
  await input.setInputFiles(savedFile("slug-constructor"));
  await expect(
    main.getByText("Imported 1 story from slug-constructor.json."),
  ).toBeVisible();
  await expect(
    main.getByText("A saved story is no longer available"),
  ).toHaveText("A saved story is no longer available (constructor)");
  await expect(
    page.getByRole("link", { name: "Saved (1 story)" }),
  ).toBeVisible();

  // A name no slug can have is refused, saying which entry, and changes nothing.
  await input.setInputFiles(savedFile("slug-proto"));
  await expect(
    main.getByText(
      'Could not import slug-proto.json: saved[0].slug: "__proto__" is not a story slug',
    ),
  ).toContainText("Your saved stories are as they were.");
  await main.getByRole("button", { name: "Remove constructor" }).click();
  await expect(main.getByText(/^Nothing saved yet/)).toBeVisible();

  // After a reload the page still stands.
  await page.reload();
  await hydrated(page);
  await expect(main.getByText(/^Nothing saved yet/)).toBeVisible();
});
