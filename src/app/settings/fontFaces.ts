// A face that must download is switched to only once it has: the text
// changes face once, when the reader asked, not into a stand-in and again.
import {
  applySettings,
  settingsOf,
  type Font,
  type Settings,
} from "./settings.ts";

/** The hyperlegible face's files, as tokens.css declares them: regular and bold. */
const HYPERLEGIBLE_FACES = [
  '400 1em "Atkinson Hyperlegible"',
  '700 1em "Atkinson Hyperlegible"',
];

export type Fonts = Pick<FontFaceSet, "check" | "load">;

/**
 * What to wait for before showing a font: the hyperlegible face's files,
 * unless they are here already. Undefined when there is nothing to wait for
 * (a face the device has, or a browser without `document.fonts`). Never
 * rejects: a face that fails to load leaves its stand-in in its place.
 * @example await fontReady("hyperlegible", document.fonts);
 */
export function fontReady(
  font: Font,
  fonts: Fonts | undefined,
): Promise<void> | undefined {
  if (font !== "hyperlegible" || !fonts) return undefined;
  if (HYPERLEGIBLE_FACES.every((face) => fonts.check(face))) return undefined;
  return Promise.allSettled(
    HYPERLEGIBLE_FACES.map((face) => fonts.load(face)),
  ).then(() => undefined);
}

/**
 * Shows settings on the root element at once, except a font still on its
 * way: that follows when it has arrived, if `stillWanted()` says the reader
 * has not chosen otherwise meanwhile.
 * @example showSettings(document.documentElement, next, document.fonts, () => current === next);
 */
export function showSettings(
  root: Pick<Element, "setAttribute" | "getAttribute">,
  settings: Settings,
  fonts: Fonts | undefined,
  stillWanted: () => boolean,
): void {
  const waiting = fontReady(settings.font, fonts);
  if (!waiting) return applySettings(root, settings);
  applySettings(root, { ...settings, font: settingsOf(root).font });
  void waiting.then(() => {
    if (stillWanted()) applySettings(root, settings);
  });
}
