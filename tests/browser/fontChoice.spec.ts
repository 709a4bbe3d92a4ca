/**
 * The reader's font in real Chromium: the hyperlegible face is downloaded
 * only by a reader who chooses it, never precached, preloaded for the first
 * paint of a reader who chose it, and never swapped in after that paint, so
 * it shifts nothing; the new controls pass axe in every theme.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { axeViolations, CHECKED_THEMES, inTheme } from "./axe.ts";
import {
  expect,
  hydrated,
  STORY_PATH,
  storedBeforeLoad,
  test,
} from "./fixtures.ts";
import { BUILDS } from "./ownServer.ts";

const FACE = "Atkinson Hyperlegible";
const FONT_FILE = /\.woff2$/;
const CHOSE_HYPERLEGIBLE = JSON.stringify({ version: 1, font: "hyperlegible" });

// Requests are counted and delayed with page.route and page.on("request"),
// which a service worker's cache would answer instead: these run without one.
test.use({ serviceWorkers: "block" });

/** Every font file the page asks for, in order, as long as the page lives. */
function fontRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (FONT_FILE.test(new URL(request.url()).pathname))
      urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

/** Holds each font file back before the server sees the request. */
async function delayFonts(page: Page, ms: number): Promise<void> {
  await page.route(FONT_FILE, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

/**
 * The faces Chromium really drew an element's text with (DevTools' "Rendered
 * fonts"): a face that is loaded but was not in time for the first paint is
 * not among them.
 */
async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", {
    nodeId: root.nodeId,
    selector,
  });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return fonts.map((font) => font.familyName);
}

/** Every layout shift the page has recorded since it started, as its shifted elements. */
function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const found: string[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            sources?: { node?: Node | null }[];
          })[])
            found.push(
              `${entry.value.toFixed(4)}: ${(entry.sources ?? [])
                .map((s) =>
                  s.node instanceof Element
                    ? s.node.outerHTML.slice(0, 60)
                    : String(s.node?.nodeName),
                )
                .join(", ")}`,
            );
        }).observe({ type: "layout-shift", buffered: true });
        // Buffered entries arrive in the observer's first callback, if any.
        setTimeout(() => resolve(found), 200);
      }),
  );
}

test("a reader who never chooses the hyperlegible face never downloads it; choosing it with the keyboard downloads it, then switches", async ({
  page,
}) => {
  const fonts = fontRequests(page);
  await page.goto(STORY_PATH);
  await hydrated(page);
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-font", "serif");

  const button = page.getByRole("button", { name: "Text settings" });
  await button.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("radio", { name: "Serif" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Sans" })).toBeChecked();
  await expect(html).toHaveAttribute("data-font", "sans");
  expect(
    await page.evaluate(
      () =>
        getComputedStyle(document.querySelector("#p-1") as Element).fontFamily,
    ),
  ).toMatch(/^system-ui,/);
  await page.waitForLoadState("networkidle");
  expect(fonts, "font files fetched for serif and sans").toEqual([]);

  // Chosen: the face is fetched first, and the page switches once it is here.
  await delayFonts(page, 800);
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Hyperlegible" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Hyperlegible" })).toBeFocused();
  await expect.poll(() => fonts.length).toBe(2);
  expect(await html.getAttribute("data-font")).toBe("sans");
  await expect(html).toHaveAttribute("data-font", "hyperlegible");
  expect(
    await page.evaluate(
      (face) =>
        document.fonts.check(`400 1em "${face}"`) &&
        document.fonts.check(`700 1em "${face}"`),
      FACE,
    ),
  ).toBe(true);
  expect(await renderedFonts(page, "#p-1")).toEqual([FACE]);
  expect(await renderedFonts(page, "h1")).toEqual([FACE]);
  expect(
    fonts.every((url) =>
      /^\/assets\/atkinson-hyperlegible-latin-(400|700)-normal-[\w-]+\.woff2$/.test(
        url,
      ),
    ),
    fonts.join(", "),
  ).toBe(true);
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

test("with the face chosen, a load preloads it and draws the first paint in it, each file fetched once", async ({
  page,
}) => {
  await storedBeforeLoad(page, "dateline:settings", CHOSE_HYPERLEGIBLE);
  const fonts = fontRequests(page);
  await page.goto(STORY_PATH);
  await hydrated(page);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("head > link[rel=preload][as=font]")).toHaveCount(
    2,
  );
  expect(fonts).toHaveLength(2);
  expect(new Set(fonts).size).toBe(2);
  // "optional" never swaps a face in after the first paint: drawn in it now means drawn in it from the start.
  expect(await renderedFonts(page, "#p-1")).toEqual([FACE]);
  expect(await renderedFonts(page, "h1")).toEqual([FACE]);
  expect(await layoutShifts(page)).toEqual([]);
});

test("with the face chosen and its files slow, a load shifts nothing: the stand-in stays for the visit", async ({
  page,
}) => {
  await storedBeforeLoad(page, "dateline:settings", CHOSE_HYPERLEGIBLE);
  await delayFonts(page, 800);
  const arrived = Promise.all(
    ["400", "700"].map((weight) =>
      page.waitForResponse(
        (response) =>
          response.url().includes(`-${weight}-normal-`) &&
          FONT_FILE.test(response.url()),
      ),
    ),
  );
  await page.goto(STORY_PATH);
  await hydrated(page);
  await arrived;
  // Time to draw again, had the face been swapped in.
  await page.waitForTimeout(500);
  await expect(page.locator("html")).toHaveAttribute(
    "data-font",
    "hyperlegible",
  );
  expect(await layoutShifts(page)).toEqual([]);
  expect(await renderedFonts(page, "#p-1")).not.toContain(FACE);
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

test("the face is left out of a first visit's precache, and its preload links point at the very files the CSS loads, in both builds", async () => {
  for (const build of [BUILDS.production, BUILDS.subpath]) {
    const assets = await readdir(join(build.dir, "assets"));
    const faces = assets.filter((file) => FONT_FILE.test(file));
    expect(faces, build.name).toHaveLength(2);

    const worker = await readFile(join(build.dir, "sw.js"), "utf8");
    expect(worker, build.name).toMatch(/assets\/[\w-]+\.css/);
    // The precache lists files by name; the worker's runtime route for
    // fonts mentions only the extension.
    for (const face of faces) expect(worker, build.name).not.toContain(face);

    const css = (
      await Promise.all(
        assets
          .filter((file) => file.endsWith(".css"))
          .map((file) => readFile(join(build.dir, "assets", file), "utf8")),
      )
    ).join("\n");
    const fromCss = [...css.matchAll(/url\(([^)]+\.woff2)\)/g)]
      .map((m) => m[1]?.replace(/^["']|["']$/g, ""))
      .sort();
    const page = await readFile(
      join(build.dir, STORY_PATH.slice(1), "index.html"),
      "utf8",
    );
    const preloaded = [...page.matchAll(/href="([^"]+\.woff2)"/g)]
      .map((m) => m[1])
      .sort();
    expect(fromCss, build.name).toEqual(
      faces.map((file) => `${build.base}assets/${file}`).sort(),
    );
    expect(preloaded, build.name).toEqual(fromCss);
  }
});

for (const theme of CHECKED_THEMES) {
  for (const width of [375, 1280]) {
    test(`the font and shortcut choices pass axe: ${theme.name}, ${width} px`, async ({
      page,
    }) => {
      await inTheme(page, theme);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(STORY_PATH);
      await hydrated(page);
      await page.getByRole("button", { name: "Text settings" }).click();
      await expect(page.getByRole("group", { name: "Font" })).toBeVisible();
      await expect(
        page.getByRole("group", { name: "Single-key shortcuts" }),
      ).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
