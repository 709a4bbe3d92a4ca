// Every PNG is rendered from the favicon SVG, so no hand-made copy can drift from it.
import { Resvg } from "@resvg/resvg-js";
import { UserError } from "../../../content/userError.ts";

export type Icon = {
  file: string;
  size: number;
  /** "maskable": on a full-bleed square, for platforms that cut icons to a circle or squircle. */
  purpose: "any" | "maskable";
  png: Buffer;
};

export class IconError extends UserError {
  override name = "IconError";
}

/** A mask may cut off all outside a centred circle of 80% (the "safe zone"); the letter stays inside. */
const MASKABLE_SCALE = 0.8;

export function renderIcons(sourceSvg: string): Icon[] {
  const maskable = maskableSvg(sourceSvg);
  return [
    icon("icons/icon-192.png", 192, "any", sourceSvg),
    icon("icons/icon-512.png", 512, "any", sourceSvg),
    icon("icons/icon-maskable-512.png", 512, "maskable", maskable),
    // iOS rounds the corners of its home-screen icons itself, and fills transparent ones with black.
    icon("icons/apple-touch-icon.png", 180, "maskable", maskable),
  ];
}

function icon(
  file: string,
  size: number,
  purpose: Icon["purpose"],
  svg: string,
): Icon {
  const png = new Resvg(svg, {
    fitTo: { mode: "width", value: size },
    // The icon has no text; skipping the system fonts keeps the build fast and the same everywhere.
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  return { file, size, purpose, png };
}

/** The background colour is the fill of the favicon's first <rect>. */
export function maskableSvg(sourceSvg: string): string {
  const viewBox = /<svg\b[^>]*\bviewBox="([^"]+)"/.exec(sourceSvg)?.[1];
  const background = /<rect\b[^>]*\bfill="(#[0-9a-fA-F]{3,8})"/.exec(
    sourceSvg,
  )?.[1];
  if (viewBox === undefined || background === undefined)
    throw new IconError(
      "favicon.svg: the icon source needs a viewBox on <svg> and a background <rect> with a #hex fill",
    );
  const inset = ((1 - MASKABLE_SCALE) / 2) * 100;
  const nested = sourceSvg
    .trim()
    .replace(/^<svg\b[^>]*?>/, (tag) =>
      tag
        .replace(/\s(?:x|y|width|height)="[^"]*"/g, "")
        .replace(
          /^<svg/,
          `<svg x="${inset}" y="${inset}" width="${MASKABLE_SCALE * 100}" height="${MASKABLE_SCALE * 100}"`,
        ),
    );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">` +
    `<rect width="100" height="100" fill="${background}"/>${nested}</svg>`
  );
}

/**
 * From the IHDR chunk (bytes 16–23).
 * @example pngSize(readFileSync("public/screenshot-story.png")) // { width: 1280, height: 800 }
 */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = "89504e470d0a1a0a";
  if (png.length < 24 || png.subarray(0, 8).toString("hex") !== signature)
    throw new IconError("not a PNG file");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
