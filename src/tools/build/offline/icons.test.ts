// @vitest-environment node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { expect, test } from "vitest";
import { UserError } from "../../../content/userError.ts";
import { IconError, maskableSvg, pngSize, renderIcons } from "./icons.ts";

const FAVICON = readFileSync(
  join(import.meta.dirname, "../../../../public/favicon.svg"),
  "utf8",
);

/** An SVG drawn at `size` px, as RGBA bytes, and a way to read one pixel. */
function pixels(svg: string, size: number) {
  const rendered = new Resvg(svg, {
    fitTo: { mode: "width", value: size },
  }).render();
  const rgba = rendered.pixels;
  return (x: number, y: number) => {
    const at = (y * size + x) * 4;
    return [...rgba.subarray(at, at + 4)];
  };
}

test("every icon is drawn from the favicon at the size its name says", () => {
  const icons = renderIcons(FAVICON);
  expect(
    icons.map(({ file, size, purpose }) => ({ file, size, purpose })),
  ).toEqual([
    { file: "icons/icon-192.png", size: 192, purpose: "any" },
    { file: "icons/icon-512.png", size: 512, purpose: "any" },
    { file: "icons/icon-maskable-512.png", size: 512, purpose: "maskable" },
    { file: "icons/apple-touch-icon.png", size: 180, purpose: "maskable" },
  ]);
  for (const icon of icons)
    expect(pngSize(icon.png), icon.file).toEqual({
      width: icon.size,
      height: icon.size,
    });
});

test("the maskable icon fills its square, with the letter inside the 80% safe circle", () => {
  const size = 200;
  const at = pixels(maskableSvg(FAVICON), size);
  const background = [0xa1, 0x14, 0x1c, 255];
  // Anti-aliasing where the favicon's own rounded corners meet the bleed may
  // shift a channel by a step or two; the letter is near white, far from it.
  const isBackground = (pixel: number[]) =>
    pixel.every((channel, i) => Math.abs(channel - (background[i] ?? 0)) <= 4);
  // Corners: the plain favicon's are transparent (rounded); a mask needs them filled.
  expect(pixels(FAVICON, size)(0, 0)[3]).toBe(0);
  for (const [x, y] of [
    [0, 0],
    [size - 1, 0],
    [0, size - 1],
    [size - 1, size - 1],
  ] as const)
    expect(isBackground(at(x, y))).toBe(true);
  // Outside the safe circle (radius 40% of the width) there is only background.
  const centre = size / 2;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      if (Math.hypot(x + 0.5 - centre, y + 0.5 - centre) > 0.4 * size)
        expect(
          isBackground(at(x, y)),
          `pixel ${x},${y}: ${at(x, y).join()}`,
        ).toBe(true);
  // And the letter is there: the centre row crosses its light stroke.
  const row = Array.from({ length: size }, (_, x) => at(x, centre));
  expect(row.some(([r = 0, g = 0, b = 0]) => r + g + b > 600)).toBe(true);
});

test("an icon source without a viewBox or a background is refused, by name", () => {
  expect(() =>
    maskableSvg('<svg xmlns="http://www.w3.org/2000/svg"/>'),
  ).toThrow(IconError);
  expect(() =>
    maskableSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle r="4" fill="#000"/></svg>',
    ),
  ).toThrow(/favicon\.svg/);
});

test("pngSize reads a PNG's dimensions and refuses anything else", () => {
  const screenshot = readFileSync(
    join(import.meta.dirname, "../../../../public/screenshot-story.png"),
  );
  expect(pngSize(screenshot)).toEqual({ width: 1280, height: 800 });
  expect(() => pngSize(Buffer.from("<svg/>"))).toThrow(IconError);
  expect(() => pngSize(Buffer.from("<svg/>"))).toThrow(UserError);
});
