// @vitest-environment node
import { Resvg } from "@resvg/resvg-js";
import { PNG } from "pngjs";
import { expect, test } from "vitest";
import { pngSize } from "../offline/icons.ts";
import { encodePng } from "./encodePng.ts";

test("a picture written as PNG reads back pixel for pixel", () => {
  const width = 7;
  const height = 3;
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++)
    rgba.set([(i * 37) % 256, (i * 11) % 256, 255 - i, 255], i * 4);
  const png = encodePng(rgba, width, height);
  expect(pngSize(png)).toEqual({ width, height });

  // Read back by two other decoders: pngjs, which checks every chunk's CRC
  // and the compressed stream, and resvg drawing the PNG as an image.
  const decoded = PNG.sync.read(png);
  expect([decoded.width, decoded.height]).toEqual([width, height]);
  expect([...decoded.data]).toEqual([...rgba]);

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString("base64")}"/></svg>`;
  const read = new Resvg(svg).render();
  expect([...read.pixels]).toEqual([...rgba]);
});
