// @vitest-environment node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { renderIcons } from "./icons.ts";
import { PAGE_COLOURS, webManifest } from "./webManifest.ts";

const root = join(import.meta.dirname, "../../../..");
const icons = renderIcons(
  readFileSync(join(root, "public/favicon.svg"), "utf8"),
);
const screenshots = [
  {
    file: "screenshot-story.png",
    width: 1280,
    height: 800,
    formFactor: "wide" as const,
    label: "A story",
  },
];

test.each(["/", "/dateline/"])(
  "under %s, the app starts, stays and finds its icons under the base path",
  (base) => {
    const manifest = webManifest({ base, icons, screenshots });
    expect(manifest.start_url).toBe(base);
    expect(manifest.scope).toBe(base);
    expect(manifest.id).toBe(base);
    for (const { src } of [...manifest.icons, ...manifest.screenshots])
      expect(src.startsWith(base)).toBe(true);
  },
);

test("it installs as a standalone app with an SVG, 192 and 512 px icons and a maskable one", () => {
  const manifest = webManifest({ base: "/", icons, screenshots });
  expect(manifest.display).toBe("standalone");
  expect(manifest.name).toBe("Dateline");
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.icons).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ type: "image/svg+xml", sizes: "any" }),
      expect.objectContaining({ sizes: "192x192", purpose: "any" }),
      expect.objectContaining({ sizes: "512x512", purpose: "any" }),
      expect.objectContaining({ sizes: "512x512", purpose: "maskable" }),
    ]),
  );
  expect(manifest.screenshots).toEqual([
    expect.objectContaining({
      src: "/screenshot-story.png",
      sizes: "1280x800",
      form_factor: "wide",
    }),
  ]);
});

test("its colours are the page colours of the light and dark themes, as in the page head", () => {
  const tokens = readFileSync(join(root, "src/app/styles/tokens.css"), "utf8");
  const html = readFileSync(join(root, "index.html"), "utf8");
  const pageColour = (block: string) =>
    new RegExp(`${block} \\{[^}]*?--color-page: (#[0-9a-f]{6})`).exec(
      tokens,
    )?.[1];
  expect(pageColour(":root")).toBe(PAGE_COLOURS.light);
  expect(pageColour(':root\\[data-theme="dark"\\]')).toBe(PAGE_COLOURS.dark);
  for (const scheme of ["light", "dark"] as const)
    expect(html).toMatch(
      new RegExp(
        `content="${PAGE_COLOURS[scheme]}"\\s+media="\\(prefers-color-scheme: ${scheme}\\)"`,
      ),
    );

  const manifest = webManifest({ base: "/", icons, screenshots });
  expect(manifest.theme_color).toBe(PAGE_COLOURS.light);
  expect(manifest.background_color).toBe(PAGE_COLOURS.light);
  expect(manifest.color_scheme_dark).toEqual({
    theme_color: PAGE_COLOURS.dark,
    background_color: PAGE_COLOURS.dark,
  });
});
