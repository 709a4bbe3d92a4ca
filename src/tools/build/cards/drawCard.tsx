// @jsxRuntime automatic
// tsx reads the root tsconfig.json, which sets no JSX mode (tsconfig.node.json does): the
// pragma picks React's automatic runtime for the build and its workers, as that one does.
/**
 * One share card: a layout tree (satori turns it into SVG, with the text as
 * outlines) drawn to PNG by resvg. The look is the site's light theme
 * (src/app/styles/tokens.css): newsprint page, near-black serif masthead over
 * a double rule, the section in small red capitals, the headline in bold serif.
 */
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { formatDate } from "../../../content/dates.ts";
import { CARD_SIZE } from "../../../content/paths.ts";
import type { CardFonts, Face } from "./cardFonts.ts";
import { fitText, type Fitted } from "./fitText.ts";

export type CardContent =
  | { kind: "story"; headline: string; section: string; published: string }
  | { kind: "brief"; headline: string }
  | { kind: "site" };

// tokens.css, light theme. Contrast on the page colour: text 16.4:1, muted 7.3:1, accent 7.0:1.
const PAGE = "#fbfaf7";
const TEXT = "#1b1b1b";
const MUTED = "#55524b";
const ACCENT = "#a1141c";

const { width: WIDTH, height: HEIGHT } = CARD_SIZE;
const PAD_X = 72;
const PAD_Y = 56;
const INNER = WIDTH - 2 * PAD_X;
const MASTHEAD_SIZE = 52;
const LABEL_SIZE = 26;
const LABEL_SPACING = 0.07 * LABEL_SIZE;
const DATE_SIZE = 26;
const LEADING = 1.15;
const LINE = 1.2;
/** The masthead's double rule: two 2 px lines, 4 px apart, 4 px under the name. */
const RULE = { gap: 4, height: 8 };
const LABEL_GAP = 44;
const HEADLINE_GAP = 16;
/** Masthead, its rule and the label above; the date, and a gap as wide as the headline's, below. */
const HEADLINE_TOP =
  PAD_Y +
  MASTHEAD_SIZE * LINE +
  RULE.gap +
  RULE.height +
  LABEL_GAP +
  LABEL_SIZE * LINE +
  HEADLINE_GAP;
const HEADLINE_BOTTOM = HEIGHT - PAD_Y - DATE_SIZE * LINE - 2 * HEADLINE_GAP;
/** Down to a size still read at a glance in a feed's thumbnail. */
const HEADLINE_SIZES = [72, 68, 64, 60, 56, 52, 48, 44, 40, 36];
/**
 * Lines are measured from advance widths without kerning, never narrower than
 * satori lays them out (drawCard.test.ts checks it); the margin is for rounding.
 */
const SAFETY = 0.97;

/**
 * Scripts written right to left: satori lays out no bidirectional text, so
 * such a headline would come out in the wrong order even with a font for it.
 */
const RIGHT_TO_LEFT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}\u200f\u202b\u202e\u2067]/u;

export type CardPlan =
  | {
      kind: "story" | "brief";
      label?: string;
      date?: string;
      headline: Fitted;
    }
  | { kind: "site"; label?: string; date?: string };

/**
 * What the card will show. Text is drawn only when every character has a
 * glyph in the card's fonts and it runs left to right; a headline also only
 * when it fits. A story whose headline cannot be drawn gets the site's card
 * with its section and date.
 * @example planCard({ kind: "brief", headline: "Lavrov speaks" }, fonts) // { kind: "brief", label: "BRIEF", headline: { size: 72, lines: ["Lavrov speaks"] } }
 */
export function planCard(content: CardContent, fonts: CardFonts): CardPlan {
  if (content.kind === "site") return { kind: "site" };
  const upper =
    content.kind === "brief"
      ? "BRIEF"
      : content.section.toLocaleUpperCase("en-US");
  const label =
    drawable(fonts, "sans-bold", upper) &&
    fonts.width("sans-bold", upper, LABEL_SIZE, LABEL_SPACING) <= INNER * SAFETY
      ? upper
      : undefined;
  const date =
    content.kind === "story" ? formatDate(content.published) : undefined;
  const headline = drawable(fonts, "serif-bold", content.headline)
    ? fitText(content.headline, {
        sizes: HEADLINE_SIZES,
        width: INNER * SAFETY,
        height: HEADLINE_BOTTOM - HEADLINE_TOP,
        leading: LEADING,
        measure: (line, size) => fonts.width("serif-bold", line, size),
      })
    : undefined;
  const rest = {
    ...(label !== undefined && { label }),
    ...(date !== undefined && { date }),
  };
  return headline
    ? { kind: content.kind, headline, ...rest }
    : { kind: "site", ...rest };
}

function drawable(fonts: CardFonts, face: Face, text: string): boolean {
  return fonts.covers(face, text) && !RIGHT_TO_LEFT.test(text);
}

/**
 * @example await drawCard({ kind: "story", headline, section: "World", published: "2018-04-20" }, loadCardFonts()) // PNG bytes, 1200×630
 */
export async function drawCard(
  content: CardContent,
  fonts: CardFonts,
): Promise<Buffer> {
  return new Resvg(await cardSvg(content, fonts), {
    // The text arrives as outlines: no font is looked up, so none is loaded.
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
}

/** The card as satori draws it, before resvg turns it into pixels. */
export async function cardSvg(
  content: CardContent,
  fonts: CardFonts,
): Promise<string> {
  const plan = planCard(content, fonts);
  const type: Type = {
    serif: fonts.family("serif-bold"),
    label: fonts.family("sans-bold"),
    date: fonts.family("sans"),
  };
  return satori(
    plan.kind === "site" ? (
      <SiteCard plan={plan} type={type} />
    ) : (
      <StoryCard plan={plan} type={type} />
    ),
    { width: WIDTH, height: HEIGHT, fonts: fonts.satori },
  );
}

/** The font-family lists, one per role. */
type Type = { serif: string; label: string; date: string };

function StoryCard({
  plan,
  type,
}: {
  plan: Extract<CardPlan, { kind: "story" | "brief" }>;
  type: Type;
}) {
  const { size, lines } = plan.headline;
  return (
    <div style={frame}>
      <Masthead size={MASTHEAD_SIZE} align="flex-start" type={type} />
      {/* Without its label, the headline keeps its place. */}
      <Label text={plan.label ?? ""} type={type} gap={LABEL_GAP} />
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          marginTop: HEADLINE_GAP,
          fontFamily: type.serif,
          fontWeight: 700,
          fontSize: size,
          lineHeight: LEADING,
          color: TEXT,
        }}
      >
        {/* Broken by fitText, not by satori: the lines counted are the lines drawn. */}
        {lines.map((line, i) => (
          <div key={i} style={{ whiteSpace: "nowrap" }}>
            {line}
          </div>
        ))}
      </div>
      {plan.date !== undefined && (
        <div
          style={{
            ...dateLine(type),
            position: "absolute",
            left: PAD_X,
            bottom: PAD_Y,
          }}
        >
          {plan.date}
        </div>
      )}
    </div>
  );
}

/** The front page's card, and a story's whose headline cannot be drawn. */
function SiteCard({
  plan,
  type,
}: {
  plan: Extract<CardPlan, { kind: "site" }>;
  type: Type;
}) {
  return (
    <div style={{ ...frame, alignItems: "center", justifyContent: "center" }}>
      <Masthead size={128} align="center" type={type} />
      <div
        style={{
          marginTop: 28,
          fontFamily: type.date,
          fontSize: 34,
          color: MUTED,
        }}
      >
        The news, readable.
      </div>
      {plan.label !== undefined && (
        <Label text={plan.label} type={type} gap={48} />
      )}
      {plan.date !== undefined && (
        <div style={{ ...dateLine(type), marginTop: 12 }}>{plan.date}</div>
      )}
    </div>
  );
}

/** The site's masthead: the name over a double rule, as on every page. */
function Masthead({
  size,
  align,
  type,
}: {
  size: number;
  align: "flex-start" | "center";
  type: Type;
}) {
  return (
    <div
      style={{ display: "flex", flexDirection: "column", alignSelf: "stretch" }}
    >
      <div
        style={{
          display: "flex",
          justifyContent: align,
          fontFamily: type.serif,
          fontWeight: 700,
          fontSize: size,
          lineHeight: LINE,
          letterSpacing: -0.01 * size,
          color: TEXT,
        }}
      >
        Dateline
      </div>
      <div
        style={{
          marginTop: RULE.gap,
          height: RULE.height,
          borderTop: `2px solid ${TEXT}`,
          borderBottom: `2px solid ${TEXT}`,
        }}
      />
    </div>
  );
}

/** Small capitals, as labels.module.css: upper-cased by planCard, so it is measured as drawn. */
function Label({ text, type, gap }: { text: string; type: Type; gap: number }) {
  return (
    <div
      style={{
        display: "flex",
        marginTop: gap,
        height: LABEL_SIZE * LINE,
        fontFamily: type.label,
        fontWeight: 700,
        fontSize: LABEL_SIZE,
        lineHeight: LINE,
        letterSpacing: LABEL_SPACING,
        color: ACCENT,
      }}
    >
      {text}
    </div>
  );
}

function dateLine(type: Type) {
  return {
    fontFamily: type.date,
    fontWeight: 400,
    fontSize: DATE_SIZE,
    lineHeight: LINE,
    color: MUTED,
  } as const;
}

const frame = {
  display: "flex",
  flexDirection: "column",
  boxSizing: "border-box",
  width: WIDTH,
  height: HEIGHT,
  padding: `${PAD_Y}px ${PAD_X}px`,
  backgroundColor: PAGE,
} as const;
