/**
 * How far through a story's text the reader is, from 0 to 1: 0 while the
 * text's first line is still at or below the top of the window, 1 once its
 * last line is in view at the bottom. A text shorter than the window counts
 * as read once its end is in view.
 *
 * @param top where the first paragraph starts, from the top of the window (px)
 * @param bottom where the last paragraph ends, from the top of the window (px)
 * @param viewport the window's height (px)
 * @example readThrough(-500, 1500, 1000) === 0.5
 */
export function readThrough(
  top: number,
  bottom: number,
  viewport: number,
): number {
  const travel = bottom - top - viewport;
  if (travel <= 0) return bottom <= viewport ? 1 : 0;
  return Math.min(1, Math.max(0, -top / travel));
}
