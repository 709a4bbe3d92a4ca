/**
 * Share cards as a link preview fetches them: every story's and brief's card,
 * and the site's, is served as a PNG that a browser decodes at the card size,
 * within the 200 KB a preview will take.
 */
import { edition } from "./edition.ts";
import { expect, test } from "./fixtures.ts";
import {
  CARD_SIZE,
  cardPath,
  homePath,
  siteCardPath,
} from "../../src/content/paths.ts";

const MAX_BYTES = 200 * 1024;
const cards = [
  siteCardPath,
  ...[...edition.stories, ...edition.briefs].map((story) =>
    cardPath(story.slug),
  ),
];

test("every story's card and the site's load as images of the card size, each at most 200 KB", async ({
  page,
}) => {
  await page.goto(homePath);
  for (const card of cards) {
    const response = await page.request.get(card);
    expect(response.status(), card).toBe(200);
    expect(response.headers()["content-type"], card).toMatch(/^image\/png/);
    expect((await response.body()).byteLength, card).toBeLessThanOrEqual(
      MAX_BYTES,
    );
    // Decoded by the browser itself, as a page showing the preview would.
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    }, card);
    expect(size, card).toEqual(CARD_SIZE);
  }
});
