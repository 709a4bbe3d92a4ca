/**
 * A new version deployed while a reader is in the middle of a story: the
 * site says so politely, never reloads by itself, and switches only when
 * the reader clicks "Reload". The old version is the production build the
 * suite already serves (dist/, built today); the new one is the same site
 * built for the next day, so every hashed file and the service worker
 * differ. They take turns on one port, as one deploy replaces another on a
 * host. Neither folder is written to: the server only reads them.
 */
import type { Page } from "@playwright/test";
import { join } from "node:path";
import { homePath } from "../../src/content/paths.ts";
import { axeViolations, CHECKED_THEMES } from "./axe.ts";
import { expect, hydrated, ORIGIN, STORY_PATH, test } from "./fixtures.ts";
import { buildSite } from "../bench/buildSite.ts";
import { BUILDS, serve } from "./ownServer.ts";
import { ownServerPort } from "./ports.ts";

const OLD = BUILDS.production;
const NEW_DIR = join(
  import.meta.dirname,
  "../../node_modules/.cache/dateline-update-new",
);

/** The day after today (UTC): later than dist/'s build day, whenever this runs. */
const tomorrow = () =>
  new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

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
  // A production build on a shared two-core machine.
  test.setTimeout(180_000);
  const port = ownServerPort(testInfo.parallelIndex);
  // The same settings as dist/ (playwright.config.ts) but the day: a deploy of the same site.
  await buildSite(NEW_DIR, {
    DATELINE_ORIGIN: ORIGIN,
    DATELINE_BUILD_DATE: tomorrow(),
  });

  let server = await serve(OLD.dir, OLD.base, port);
  const at = (path: string) => `${server.origin}${OLD.base}${path.slice(1)}`;
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
    server = await serve(NEW_DIR, OLD.base, port);
    const other = await context.newPage();
    await other.goto(at(homePath));
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
    for (const theme of CHECKED_THEMES) {
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
