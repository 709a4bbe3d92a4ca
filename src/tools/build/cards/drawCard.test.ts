// @vitest-environment node
import satori from "satori";
import { expect, test } from "vitest";
import { CARD_SIZE } from "../../../content/paths.ts";
import { pngSize } from "../offline/icons.ts";
import { loadCardFonts } from "./cardFonts.ts";
import { drawCard, planCard, type CardContent } from "./drawCard.tsx";

const fonts = loadCardFonts();
const MAX_BYTES = 200 * 1024;
/** The card's width less its side margins (drawCard.tsx). */
const INNER = CARD_SIZE.width - 2 * 72;

const story = (headline: string, section = "World"): CardContent => ({
  kind: "story",
  headline,
  section,
  published: "2018-04-20",
});
const seed = story(
  "Russia: Trump promised to make visit to Moscow if Putin accepts invite to White House",
);
/** 240 characters of ordinary words. */
const LONG_HEADLINE =
  "Officials in the northern province said on Tuesday that the new bridge across the river, which had been delayed for three years by a dispute over its budget, would open to traffic before the winter season and relieve the crowded coast road.";
const long = story(LONG_HEADLINE);

async function expectCard(content: CardContent) {
  const png = await drawCard(content, fonts);
  expect(pngSize(png)).toEqual(CARD_SIZE);
  expect(png.byteLength).toBeLessThanOrEqual(MAX_BYTES);
  return png;
}

test("a story's card has its section, headline and date, and is a PNG of the card size under 200 KB", async () => {
  expect(planCard(seed, fonts)).toEqual({
    kind: "story",
    label: "WORLD",
    date: "April 20, 2018",
    headline: {
      size: 68,
      lines: [
        "Russia: Trump promised to",
        "make visit to Moscow if Putin",
        "accepts invite to White House",
      ],
    },
  });
  await expectCard(seed);
});

test("a brief's card is labelled Brief and has no date; the site's card has neither", async () => {
  const brief: CardContent = { kind: "brief", headline: "Lavrov speaks" };
  expect(planCard(brief, fonts)).toEqual({
    kind: "brief",
    label: "BRIEF",
    headline: { size: 72, lines: ["Lavrov speaks"] },
  });
  expect(planCard({ kind: "site" }, fonts)).toEqual({ kind: "site" });
  await expectCard(brief);
  await expectCard({ kind: "site" });
});

test("a 240-character headline wraps at spaces and shrinks, every word whole", async () => {
  expect(LONG_HEADLINE).toHaveLength(240);
  const plan = planCard(long, fonts);
  if (plan.kind !== "story") throw new Error("the long headline was left off");
  expect(plan.headline.size).toBeLessThan(68);
  expect(plan.headline.lines.length).toBeGreaterThan(3);
  expect(plan.headline.lines.join(" ")).toBe(LONG_HEADLINE);
  await expectCard(long);
});

test("each line drawn fits the card's width as satori itself lays it out", async () => {
  for (const content of [
    seed,
    long,
    story(
      "Лавров назвал «болтовнёй» обвинения во вмешательстве России в выборы",
    ),
  ]) {
    const plan = planCard(content, fonts);
    if (plan.kind === "site") throw new Error("the headline was left off");
    const { size, lines } = plan.headline;
    for (const line of lines) {
      const measured = fonts.width("serif-bold", line, size);
      expect(measured, line).toBeLessThanOrEqual(INNER);
      // In a box as wide as measured, satori keeps the line on one line: the
      // measure is never narrower than what is drawn.
      const width = Math.ceil(measured) + 1;
      const svg = await satori(
        {
          type: "div",
          key: null,
          props: {
            style: {
              display: "flex",
              width,
              fontFamily: fonts.family("serif-bold"),
              fontWeight: 700,
              fontSize: size,
              lineHeight: 1,
            },
            children: line,
          },
        },
        { width, fonts: fonts.satori },
      );
      expect(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1], line).toBe(
        String(size),
      );
    }
  }
});

test("headlines in Cyrillic, Greek and Central European Latin are drawn in their own letters, not boxes", async () => {
  // A missing glyph is drawn as the same box whatever the letter, so two
  // words of as many letters, all from one subset, would come out identical.
  const pairs = [
    ["Лавров", "Москва"],
    ["Λαβρόφ", "Αθήνας"],
    ["ŁĘŻ", "ŘĚŠ"],
  ];
  for (const [a = "", b = ""] of pairs) {
    expect(planCard(story(a), fonts).kind, a).toBe("story");
    expect(planCard(story(b), fonts).kind, b).toBe("story");
    const [first, second] = await Promise.all([
      expectCard(story(a)),
      expectCard(story(b)),
    ]);
    expect(first.equals(second), `${a} / ${b}`).toBe(false);
  }
  expect(planCard(story("Hà Nội mưa lớn"), fonts).kind).toBe("story");
});

test("a headline in a script the fonts lack, or right to left, falls back to the card without it, keeping section and date", async () => {
  for (const headline of [
    "لافروف يرفض اتهامات التدخل الروسي في الانتخابات",
    "לברוב דוחה את ההאשמות",
    "拉夫罗夫驳斥干预选举的指控",
    "Putin says yes 👍",
    "Lavrov\u200f speaks",
  ]) {
    expect(planCard(story(headline), fonts), headline).toEqual({
      kind: "site",
      label: "WORLD",
      date: "April 20, 2018",
    });
    await expectCard(story(headline));
  }
});

test("a section the fonts cannot draw is left off, and the headline stays", () => {
  expect(planCard(story("Lavrov speaks", "العالم"), fonts)).toEqual({
    kind: "story",
    date: "April 20, 2018",
    headline: { size: 72, lines: ["Lavrov speaks"] },
  });
  expect(planCard(story("Лавров", "Мир"), fonts)).toMatchObject({
    kind: "story",
    label: "МИР",
  });
});

test("a word too long for the card even at the smallest size leaves the headline off", () => {
  expect(planCard(story(`Lavrov ${"x".repeat(80)}`), fonts).kind).toBe("site");
});
