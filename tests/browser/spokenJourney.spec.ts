/**
 * What a screen-reader user hears, in Chromium, along one journey through
 * the built site: the front page, the lead story, Listen, Save, the
 * keyboard shortcuts' help, then a search. A
 * virtual screen reader (virtualScreenReader.ts) reads the real pages, so
 * each phrase below is what the page's roles, names, states, live regions
 * and focus moves add up to; the phrases are the library's
 * ("heading, <name>, level 1", "polite: <news>").
 */
import type { Paragraph } from "../../src/content/story.ts";
import { searchPath } from "../../src/content/paths.ts";
import { seedStory } from "./edition.ts";
import {
  expect,
  hydrated,
  ORIGIN,
  STORY_HEADLINE,
  STORY_PATH,
  test,
} from "./fixtures.ts";
import { recordingSpeech, screenReader } from "./virtualScreenReader.ts";

/** A paragraph's opening words up to its first link, as one phrase. */
function openingText(paragraph: Paragraph | undefined): string {
  const first = paragraph?.inlines[0];
  if (first?.type !== "text") throw new Error("the story opens with no text");
  return first.value.trim();
}

const SAVE = `button, Save “${STORY_HEADLINE}”`;
const LISTEN = "button, Listen";
const SEARCH_WORDS = "Putin Trump";

test("a screen-reader user hears the front page, follows the lead story, listens, saves it, opens the shortcuts and searches", async ({
  page,
}) => {
  // Six steps, each move of the reader a round trip to the page: about 4 s
  // alone, and four times that with the suite's other worker busy.
  test.setTimeout(60_000);
  const speechAsked = await recordingSpeech(page);
  await page.goto("/");
  await hydrated(page);
  const reader = screenReader(page);
  try {
    await test.step("the front page: its landmarks, its heading, the lead story's link", async () => {
      expect(await reader.start()).toEqual(["document"]);
      expect(await reader.perform("moveToNextLandmark")).toEqual(["banner"]);
      expect(await reader.perform("moveToNextLandmark")).toEqual([
        "navigation, Sections",
      ]);
      expect(await reader.perform("moveToNextLandmark")).toEqual(["main"]);
      expect(await reader.next()).toEqual([
        "heading, Dateline front page, level 1",
      ]);
      expect(await reader.next()).toEqual(["region, Lead story"]);
      const lead = await reader.nextUntil(`link, ${STORY_HEADLINE}`);
      expect(lead).toContain(`heading, ${STORY_HEADLINE}, level 2`);
      // Not yet saved, and said so in the lead story's own Save button.
      expect((await reader.nextUntil(/^button, Save/)).at(-1)).toBe(
        `${SAVE}, not pressed`,
      );
      await reader.previousUntil(`link, ${STORY_HEADLINE}`);
    });

    await test.step("following the link: the story's headline and title are heard, then its first paragraph", async () => {
      const before = reader.heard.length;
      await reader.act();
      // The page announcer's live region, and focus moved to the new page's h1.
      const arrival = await reader.hears(
        `polite: ${STORY_HEADLINE} — Dateline`,
        before,
      );
      expect(arrival).toContain(`heading, ${STORY_HEADLINE}, level 1`);
      expect(page.url()).toBe(`${ORIGIN}${STORY_PATH}`);

      // Reading on from the headline: the story's buttons, then its text.
      // Listen arrives after hydration, once the browser lists a voice.
      await expect(
        page.getByRole("button", { name: "Listen", exact: true }),
      ).toBeVisible();
      const reading = await reader.nextUntil(openingText(seedStory.body[0]));
      const buttons = ["button, Share", `${SAVE}, not pressed`, LISTEN];
      expect(reading).toEqual(expect.arrayContaining(buttons));
      expect(buttons.map((button) => reading.indexOf(button))).toEqual(
        buttons.map((button) => reading.indexOf(button)).sort((a, b) => a - b),
      );
      expect(reading.indexOf(LISTEN)).toBeLessThan(
        reading.lastIndexOf("paragraph"),
      );
    });

    await test.step("Listen: the button, the news that it is listening, its controls, and Stop", async () => {
      await reader.previousUntil(LISTEN);
      expect(await speechAsked()).toEqual([]);
      const before = reader.heard.length;
      await reader.act();
      // Focus moves to the player's first control; a polite status says what plays.
      const started = await reader.hears(
        `polite: Listening: ${STORY_HEADLINE}`,
        before,
      );
      expect(started).toContain("button, Pause");
      expect(await speechAsked()).toEqual([STORY_HEADLINE]);
      expect(await reader.next()).toEqual(["button, Stop"]);

      const stopping = reader.heard.length;
      await reader.act();
      // Focus goes back to Listen, which came back in the controls' place.
      expect(await reader.hears("polite: Stopped", stopping)).toContain(LISTEN);
    });

    await test.step("Save: heard as not pressed, then, read again, as pressed", async () => {
      await reader.previousUntil(`${SAVE}, not pressed`);
      await reader.act();
      await expect(
        page.getByRole("button", { name: `Save “${STORY_HEADLINE}”` }),
      ).toHaveAttribute("aria-pressed", "true");
      // Read again, as a reader checks what the button did.
      await reader.next();
      expect(await reader.previous()).toEqual([`${SAVE}, pressed`]);
    });

    await test.step("the shortcuts' help: “?” opens a dialog heard by its name, its list read in it, and Escape goes back to Save", async () => {
      const before = reader.heard.length;
      await reader.keyboard("?");
      // Its code loads on the first "?"; focus goes to its one control.
      const opened = await reader.hears("dialog, Keyboard shortcuts", before);
      expect(opened.at(-1)).toBe("button, Close");
      await reader.previousUntil("heading, Keyboard shortcuts, level 2");
      const firstShortcut = [];
      for (let i = 0; i < 6; i++) firstShortcut.push(...(await reader.next()));
      expect(firstShortcut).toEqual([
        "term",
        "j",
        "end of term",
        "definition",
        "Next paragraph of a story",
        "end of definition",
      ]);

      const closing = reader.heard.length;
      await reader.keyboard("Escape");
      expect(await reader.hears(`${SAVE}, pressed`, closing)).toEqual([
        `${SAVE}, pressed`,
      ]);
      await expect(page.getByRole("dialog")).toHaveCount(0);
    });

    await test.step("the masthead counts the saved story", async () => {
      expect(await reader.perform("moveToPreviousNavigation")).toEqual([
        "navigation, Sections",
      ]);
      expect((await reader.nextUntil(/^link, Saved/)).at(-1)).toBe(
        "link, Saved (1 story)",
      );
    });

    await test.step("a search: the search page, the words typed, the results' count and the first result", async () => {
      await reader.previousUntil("link, Search");
      // The masthead's Search link loads the search page whole.
      expect(await reader.actAndLoad()).toEqual(["document"]);
      expect(page.url()).toBe(`${ORIGIN}${searchPath()}`);
      // "/" puts focus in the search field. Its listener comes after
      // hydration, in a chunk of its own; until then "/" does nothing, so
      // the reader tries again.
      const pressing = reader.heard.length;
      await expect
        .poll(async () => {
          await reader.keyboard("/");
          return reader.heard.slice(pressing);
        })
        .toContain("searchbox, Search stories");
      expect(await reader.type(SEARCH_WORDS)).toEqual([
        `searchbox, Search stories, ${SEARCH_WORDS}`,
      ]);
      const before = reader.heard.length;
      await reader.press("Enter");
      const results = await reader.hears(
        `polite: Search: ${SEARCH_WORDS} — Dateline`,
        before,
      );
      expect(results).toContain(
        `heading, Search results for “${SEARCH_WORDS}”, level 1`,
      );
      expect(page.url()).toBe(`${ORIGIN}${searchPath(SEARCH_WORDS)}`);

      // The count is not a live region: the reader hears it by reading on
      // from the heading, once the results are in (the page's first search
      // loads the index first).
      await expect(
        page.getByRole("region", { name: /stor(y|ies) match/ }),
      ).toBeVisible();
      const readOn = await reader.nextUntil(/^region, \d+ stor/);
      expect(readOn, "read on from the heading").not.toContain(
        "end of document",
      );
      const count = readOn.at(-1);
      expect(count).toMatch(/^region, [1-9]\d* stor(y matches|ies match)$/);
      expect(await reader.next()).toEqual([
        `heading, ${count?.slice("region, ".length)}, level 2`,
      ]);
      // The story with both words leads: its headline, then its link.
      expect((await reader.nextUntil(/, level 3$/)).at(-1)).toBe(
        `heading, ${STORY_HEADLINE}, level 3`,
      );
      expect(await reader.next()).toEqual([`link, ${STORY_HEADLINE}`]);
    });
  } finally {
    await reader.stop().catch(() => undefined);
    await test.info().attach("what the screen reader said", {
      body: reader.heard.join("\n"),
      contentType: "text/plain",
    });
  }
});
