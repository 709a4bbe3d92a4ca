/**
 * A new version deployed while a reader is in the middle of a story: the
 * site says so politely, never reloads by itself, and switches only when
 * the reader clicks "Reload". Two builds of the site under /dateline/,
 * differing only in their build day, take turns on one port, as one
 * deploy replaces another on a host.
 */
import type { Page } from "@playwright/test";
import { join } from "node:path";
import { axeViolations, THEMES } from "./axe.ts";
import { expect, hydrated, STORY_PATH, test } from "./fixtures.ts";
import { buildSite, serve } from "./ownServer.ts";
import { ownServerPort } from "./ports.ts";

const BASE = "/dateline/";
const CACHE = join(import.meta.dirname, "../../node_modules/.cache");

/** The page's hashed app script: which version of the site it runs. */
const appScript = (page: Page) =>
  page.locator('script[type="module"]').getAttribute("src");

/** Every URL in the site's caches. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys())
        urls.push(request.url);
    return urls;
  });

/** Marks the document, so a test can tell whether it has been replaced by a reload. */
const mark = (page: Page) =>
  page.evaluate(() =>
    document.documentElement.setAttribute("data-test-mark", ""),
  );
const isMarked = (page: Page) =>
  page.evaluate(() => document.documentElement.hasAttribute("data-test-mark"));

test("a new version is offered, never forced, and replaces the old one when the reader says so", async ({
  context,
}, testInfo) => {
  // Two production builds on a shared two-core machine.
  test.setTimeout(240_000);
  const port = ownServerPort(testInfo.parallelIndex);
  const env = {
    DATELINE_BASE: BASE,
    DATELINE_ORIGIN: `http://127.0.0.1:${port}`,
  };
  const [oldBuild, newBuild] = [
    join(CACHE, "dateline-update-old"),
    join(CACHE, "dateline-update-new"),
  ] as const;
  await buildSite(oldBuild, { ...env, DATELINE_BUILD_DATE: "2018-04-25" });
  await buildSite(newBuild, { ...env, DATELINE_BUILD_DATE: "2018-04-26" });

  let server = await serve(oldBuild, BASE, port);
  const at = (path: string) => `${server.origin}${BASE}${path.slice(1)}`;
  try {
    // A reader, partway down a story, with the old version in charge.
    const reader = await context.newPage();
    await reader.setViewportSize({ width: 375, height: 640 });
    await reader.goto(at(STORY_PATH));
    await hydrated(reader);
    await reader.waitForFunction(
      () => navigator.serviceWorker.controller !== null,
    );
    const oldScript = await appScript(reader);
    await reader.evaluate(() => window.scrollTo(0, 700));
    await mark(reader);

    // The new version is deployed; the reader opens the site in another tab,
    // and the browser finds the new service worker.
    await server.stop();
    server = await serve(newBuild, BASE, port);
    const other = await context.newPage();
    await other.goto(at("/"));
    await hydrated(other);
    await mark(other);

    const prompt = (page: Page) =>
      page.getByRole("status", { name: "New version" });
    for (const page of [reader, other])
      await expect(prompt(page)).toContainText(
        "A new version of Dateline is available.",
      );
    // Nothing moved under the reader: same document, same place, focus untouched.
    expect(await isMarked(reader)).toBe(true);
    expect(await reader.evaluate(() => window.scrollY)).toBe(700);
    expect(await reader.evaluate(() => document.activeElement?.tagName)).toBe(
      "BODY",
    );
    expect(await appScript(reader)).toBe(oldScript);

    // The prompt passes axe in every theme.
    const report: string[] = [];
    for (const theme of THEMES) {
      await reader.emulateMedia({ colorScheme: theme.colorScheme });
      await reader.evaluate((setting) => {
        if (setting) document.documentElement.dataset["theme"] = setting;
        else delete document.documentElement.dataset["theme"];
      }, theme.setting);
      for (const violation of await axeViolations(reader))
        report.push(`${theme.name}: ${violation}`);
    }
    expect(report).toEqual([]);

    // Its buttons are the last stops in the page (Shift+Tab from the top
    // wraps there), each with a focus ring a reader can see.
    const reload = prompt(reader).getByRole("button", { name: "Reload" });
    const notNow = prompt(reader).getByRole("button", { name: "Not now" });
    await reader.keyboard.press("Shift+Tab");
    await expect(notNow).toBeFocused();
    await reader.keyboard.press("Shift+Tab");
    await expect(reload).toBeFocused();
    const ring = await reload.evaluate((el) => {
      const style = getComputedStyle(el);
      return {
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
    expect(ring.style).toBe("solid");
    expect(ring.width).toBeGreaterThanOrEqual(2);

    // The reader says yes, with the keyboard: the page reloads once, into the new version.
    await Promise.all([
      reader.waitForEvent("load"),
      reader.keyboard.press("Enter"),
    ]);
    await hydrated(reader);
    const newScript = await appScript(reader);
    expect(newScript).not.toBe(oldScript);
    await expect(prompt(reader)).toBeEmpty();
    expect(await isMarked(reader)).toBe(false);

    // The old version's files are gone from the cache; the new one's are there.
    const cached = await cachedUrls(reader);
    expect(cached.some((url) => url.endsWith(newScript ?? "?"))).toBe(true);
    expect(cached.some((url) => url.endsWith(oldScript ?? "?"))).toBe(false);

    // The other tab was not reloaded for its reader: it still offers the
    // reload, which now only has to load the new version.
    expect(await isMarked(other)).toBe(true);
    await expect(prompt(other)).toContainText("A new version");
    await Promise.all([
      other.waitForEvent("load"),
      prompt(other).getByRole("button", { name: "Reload" }).click(),
    ]);
    await hydrated(other);
    expect(await appScript(other)).toBe(newScript);
    await expect(prompt(other)).toBeEmpty();
  } finally {
    await server.stop();
  }
});
