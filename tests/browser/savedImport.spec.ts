/**
 * Importing a saved-stories file in real Chromium: a large one at once, and
 * files over the limits refused by name, with nothing changed.
 */
import { expect, hydrated, storedBeforeLoad, test } from "./fixtures.ts";
import { savedPath } from "../../src/content/paths.ts";
import { seedStory } from "./edition.ts";

const KEY = "dateline:reader";
/** When the seed story was saved on this device: the middle of the file's dates. */
const SEED_SAVED_AT = "2026-06-01T00:00:00.000Z";

type Entry = { slug: string; savedAt: string };

/** A saved-stories file of `count` stories saved an hour apart, listed out of date order. */
function savedFile(count: number): { entries: Entry[]; text: string } {
  const start = Date.parse("2026-01-01T00:00:00.000Z");
  const entries = Array.from({ length: count }, (_, index) => ({
    slug: `imported-story-${index}`,
    // 7919 is prime, so every hour from 0 to count-1 comes once, in a scrambled order.
    savedAt: new Date(
      start + ((index * 7919) % count) * 3_600_000,
    ).toISOString(),
  }));
  const text = JSON.stringify({
    app: "dateline",
    kind: "saved-stories",
    version: 1,
    exported: "2026-12-01T00:00:00.000Z",
    saved: entries,
  });
  return { entries, text };
}

test.beforeEach(async ({ page }) => {
  await storedBeforeLoad(
    page,
    KEY,
    JSON.stringify({
      version: 1,
      saved: [{ slug: seedStory.slug, savedAt: SEED_SAVED_AT }],
      progress: {},
    }),
  );
  // Each saved story is fetched to keep offline: answered here, the server is spared 5,000 404s.
  await page.route("**/data/stories/imported-story-*.json", (route) =>
    route.fulfill({ status: 404, body: "" }),
  );
  await page.goto(savedPath);
  await hydrated(page);
  await expect(
    page.getByRole("main").getByRole("heading", {
      level: 2,
      name: seedStory.headline,
    }),
  ).toBeVisible();
});

test("5,000 saved stories import at once, by date, around the story already saved", async ({
  page,
}) => {
  const { entries, text } = savedFile(5000);
  const main = page.getByRole("main");
  const input = main.getByLabel("Import saved stories");
  // Timed in the page, from the input's change event to the message in the DOM:
  // Playwright's polling would add its own intervals.
  await input.evaluate((element) => {
    const times: number[] = [];
    (window as unknown as { importTimes: number[] }).importTimes = times;
    element.addEventListener("change", () => times.push(performance.now()), {
      capture: true,
    });
    const status = element.closest("section")?.querySelector('[role="status"]');
    if (!status) throw new Error("no status on the Saved page");
    new MutationObserver(() => {
      if (status.textContent.startsWith("Imported"))
        times.push(performance.now());
    }).observe(status, { childList: true, subtree: true, characterData: true });
  });
  await input.setInputFiles({
    name: "five-thousand.json",
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
  // Drawing 5,001 entries takes a few seconds in CI, with two test workers
  // sharing two cores: the time is printed below, not asserted.
  await expect(
    main.getByText("Imported 5,000 stories from five-thousand.json."),
  ).toBeVisible({ timeout: 30_000 });
  const [chosen = NaN, shown = NaN] = await page.evaluate(
    () => (window as unknown as { importTimes: number[] }).importTimes,
  );
  const imported = await page.evaluate(
    () =>
      performance.getEntriesByName("dateline:saved-import").at(-1)?.duration,
  );
  expect(imported).toBeDefined();
  console.log(
    `Importing 5,000 saved stories (${(text.length / 1024).toFixed(0)} KB): ${imported?.toFixed(1)} ms for the import itself (check, merge, store), ${(shown - chosen).toFixed(0)} ms from choosing the file to the message on the page (file read, code loaded, 5,001 entries drawn)`,
  );

  const stored = JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? "{}",
  ) as { saved: Entry[] };
  const newestFirst = [...entries].sort(
    (a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt),
  );
  // A story saved at the same time as one already here goes after it: what is here stays put.
  const later = newestFirst.filter((entry) => entry.savedAt > SEED_SAVED_AT);
  const earlier = newestFirst.filter((entry) => entry.savedAt <= SEED_SAVED_AT);
  expect(stored.saved.map((entry) => entry.slug)).toEqual([
    ...later.map((entry) => entry.slug),
    seedStory.slug,
    ...earlier.map((entry) => entry.slug),
  ]);
  await expect(
    page.getByRole("link", { name: "Saved (5001 stories)" }),
  ).toBeVisible();
  await expect(
    main.getByRole("button", { name: "Remove imported-story-4999" }),
  ).toBeVisible();
});

test("a file over 4 MB is refused by its size, naming the limit, and the list stays", async ({
  page,
}) => {
  const main = page.getByRole("main");
  await main.getByLabel("Import saved stories").setInputFiles({
    name: "huge.json",
    mimeType: "application/json",
    buffer: Buffer.alloc(5 * 1024 * 1024, " "),
  });
  await expect(
    main.getByText(
      "Could not import huge.json: This file is 5.0 MB; a saved-stories file can be at most 4 MB. Your saved stories are as they were.",
    ),
  ).toBeVisible();
  await expect(
    main.getByRole("heading", { level: 2, name: seedStory.headline }),
  ).toBeVisible();
});

test("a file of more than 10,000 stories is refused, naming the limit, and the list stays", async ({
  page,
}) => {
  const main = page.getByRole("main");
  await main.getByLabel("Import saved stories").setInputFiles({
    name: "too-many.json",
    mimeType: "application/json",
    buffer: Buffer.from(savedFile(10_001).text),
  });
  await expect(
    main.getByText(
      "Could not import too-many.json: This file lists 10,001 stories; a saved-stories file can hold at most 10,000. Your saved stories are as they were.",
    ),
  ).toBeVisible();
  expect(
    JSON.parse(
      (await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? "{}",
    ),
  ).toMatchObject({ saved: [{ slug: seedStory.slug }] });
  await expect(
    main.getByRole("heading", { level: 2, name: seedStory.headline }),
  ).toBeVisible();
});
