// Every URL sits under the base path, so an app installed from a sub-path host stays on that site.
import type { Icon } from "./icons.ts";

/** --color-page in tokens.css, so the window frame and splash screen match the page. */
export const PAGE_COLOURS = { light: "#fbfaf7", dark: "#16181b" } as const;

export type Screenshot = {
  file: string;
  width: number;
  height: number;
  formFactor: "wide" | "narrow";
  label: string;
};

type Options = {
  base: string;
  icons: Pick<Icon, "file" | "size" | "purpose">[];
  screenshots: Screenshot[];
};

export function webManifest({ base, icons, screenshots }: Options) {
  return {
    // Fixed to the base path, so a later change of start_url stays the same installed app.
    id: base,
    name: "Dateline",
    short_name: "Dateline",
    description:
      "A fast, accessible news reader. Every story in the edition stays readable offline.",
    lang: "en-US",
    dir: "ltr",
    start_url: base,
    scope: base,
    display: "standalone",
    categories: ["news"],
    theme_color: PAGE_COLOURS.light,
    background_color: PAGE_COLOURS.light,
    // The manifest spec's member for a dark system theme; browsers without it keep the light colours.
    color_scheme_dark: {
      theme_color: PAGE_COLOURS.dark,
      background_color: PAGE_COLOURS.dark,
    },
    icons: [
      {
        src: `${base}favicon.svg`,
        sizes: "any",
        type: "image/svg+xml",
        purpose: "any",
      },
      ...icons
        // The apple-touch-icon is linked from the page head; the manifest has a 512 px maskable one.
        .filter((icon) => icon.size === 192 || icon.size === 512)
        .map((icon) => ({
          src: `${base}${icon.file}`,
          sizes: `${icon.size}x${icon.size}`,
          type: "image/png",
          purpose: icon.purpose,
        })),
    ],
    screenshots: screenshots.map((shot) => ({
      src: `${base}${shot.file}`,
      sizes: `${shot.width}x${shot.height}`,
      type: "image/png",
      form_factor: shot.formFactor,
      label: shot.label,
    })),
  };
}
