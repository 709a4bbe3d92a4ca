// @vitest-environment node
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { checkEdition } from "../../../content/catalogue.ts";
import { CARD_SIZE } from "../../../content/paths.ts";
import { pngSize } from "../offline/icons.ts";
import { siteWriter } from "../siteWriter.ts";
import { writeCards } from "./writeCards.ts";

let dir = "";
afterEach(() => rm(dir, { recursive: true, force: true }));

const full = (slug: string, headline: string) => ({
  kind: "full",
  slug,
  headline,
  published: "2018-04-20",
  section: "World",
  topics: ["Russia"],
  body: [{ inlines: [{ type: "text", value: "Text." }] }],
  related: [],
});
const edition = (lavrov: string) =>
  checkEdition({
    "stories/lavrov.json": full("lavrov", lavrov),
    "stories/putin.json": full("putin", "Путин ответил"),
    "stories/mueller.json": {
      kind: "brief",
      slug: "mueller",
      headline: "Trump on Mueller",
    },
  });

test("every story and brief gets a card, and the site one; a second build draws only what changed", async () => {
  dir = await mkdtemp(join(tmpdir(), "dateline-cards-"));
  const site = join(dir, "site");
  const cache = join(dir, "cache");

  const first = siteWriter(site);
  expect(await writeCards(first, edition("Lavrov speaks"), cache)).toEqual({
    drawn: 4,
    reused: 0,
  });
  expect(first.written.map(({ file }) => file).sort()).toEqual([
    "card.png",
    "cards/lavrov.png",
    "cards/mueller.png",
    "cards/putin.png",
  ]);
  for (const { file } of first.written)
    expect(pngSize(await readFile(join(site, file))), file).toEqual(CARD_SIZE);
  const before = await readFile(join(site, "cards/putin.png"));

  const second = siteWriter(site);
  expect(
    await writeCards(second, edition("Lavrov speaks again"), cache),
  ).toEqual({
    drawn: 1,
    reused: 3,
  });
  const changes = await second.finish();
  expect(changes.changed).toEqual(["cards/lavrov.png"]);
  expect(await readFile(join(site, "cards/putin.png"))).toEqual(before);
  // The old headline's card is gone from the cache: one file a card.
  expect(await readdir(join(cache, "cards"))).toHaveLength(4);
}, 60_000);
