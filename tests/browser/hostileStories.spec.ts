/**
 * Stories whose every field carries script payloads (tests/fixtures/
 * hostile-stories/), built into a site of their own and served as a static
 * host would. No payload may run, in the pre-rendered HTML, on hydration or
 * after a navigation in the app: no dialog, no console error, no script the
 * build did not put there, no event-handler attribute. Everything shows as
 * the text it is. The checks run twice: with the pages' Content-Security-
 * Policy, and without it, so the markup is safe on its own and the policy
 * is only a second line.
 *
 * The build reads its stories from DATELINE_STORIES_DIR. It is built here,
 * once, into node_modules/.cache/dateline-hostile, and served two ports above
 * the site (ports.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import type axe from "axe-core";
import { checkEdition } from "../../src/content/catalogue.ts";
import { plainText } from "../../src/content/story.ts";
import {
  homePath,
  searchPath,
  storyPath,
  topicPath,
  topicsPath,
} from "../../src/content/paths.ts";
import { createStaticServer } from "../../src/tools/serve/staticServer.ts";
import { HEAD_SCRIPT } from "../../src/app/settings/headScript.ts";
import { buildSite } from "../bench/buildSite.ts";
import { AXE_TAGS } from "./axe.ts";
import { expect, hydrated, test } from "./fixtures.ts";
import { HOSTILE_ORIGIN, HOSTILE_PORT } from "./ports.ts";

const ROOT = join(import.meta.dirname, "../..");
const STORIES_DIR = join(ROOT, "tests/fixtures/hostile-stories");
const OUT_DIR = join(ROOT, "node_modules/.cache/dateline-hostile");

const hostile = checkEdition(
  Object.fromEntries(
    readdirSync(STORIES_DIR).map((file) => [
      `stories/${file}`,
      JSON.parse(readFileSync(join(STORIES_DIR, file), "utf8")) as unknown,
    ]),
  ),
);
const payloads = hostile.stories.find((s) => s.slug === "script-payloads");
const long = hostile.stories.find((s) => s.slug === "long-story");
const brief = hostile.briefs[0];
if (!payloads || !long || !brief)
  throw new Error("tests/fixtures/hostile-stories/ lost a story");

const AXE_SOURCE = createRequire(import.meta.url).resolve(
  "axe-core/axe.min.js",
);

const url = (path: string) => `${HOSTILE_ORIGIN}${path}`;

/** Every kind of page the payloads reach, and addresses that are payloads themselves. */
const PAGES = [
  homePath,
  storyPath(payloads),
  storyPath(brief),
  storyPath(long),
  topicsPath,
  ...payloads.topics.map(topicPath),
  searchPath("script alert"),
  searchPath('<script>alert("query")</script>'),
  '/<img src=x onerror=alert("path")>/',
];

// One build and one server for the whole file.
test.describe.configure({ mode: "serial" });

let server: Server | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  await buildSite(OUT_DIR, {
    DATELINE_STORIES_DIR: STORIES_DIR,
    DATELINE_ORIGIN: HOSTILE_ORIGIN,
  });
  const built = join(OUT_DIR, storyPath(payloads), "index.html");
  if (!existsSync(built))
    throw new Error(
      `${built} was not built: does npm run build read its stories from DATELINE_STORIES_DIR?`,
    );
  server = createStaticServer({ root: OUT_DIR });
  await new Promise<void>((resolve) =>
    server?.listen(HOSTILE_PORT, "127.0.0.1", resolve),
  );
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

/** Records what a payload would do if it ran: a dialog, a CSP violation, the global it sets. */
async function watchForPayloads(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective}: ${event.sample}`),
    );
  });
  return dialogs;
}

/**
 * What the page holds that no story may add: scripts other than the build's
 * own (the settings script, the bundles, JSON-LD), elements a payload would
 * bring, event-handler attributes, and the global a payload would set.
 */
async function foreignContent(page: Page) {
  return page.evaluate((headScript) => {
    const scripts = Array.from(document.scripts)
      .filter(
        (s) =>
          !(s.type === "module" && /\/assets\/[\w.-]+\.js$/.test(s.src)) &&
          !(s.type === "application/ld+json" && s.src === "") &&
          // The page's loader data: inert JSON the build writes (prerender/document.ts).
          !(
            s.type === "application/json" &&
            s.id === "dateline-data" &&
            s.src === ""
          ) &&
          !(s.type === "" && s.src === "" && s.text === headScript),
      )
      .map((s) => s.outerHTML.slice(0, 80));
    const elements = Array.from(
      document.querySelectorAll(
        "#root img, #root iframe, #root object, #root embed, #root style, #root svg[onload]",
      ),
    ).map((e) => e.outerHTML.slice(0, 80));
    const handlers = Array.from(document.querySelectorAll("*")).flatMap((e) =>
      e
        .getAttributeNames()
        .filter((name) => name.startsWith("on"))
        .map((name) => `${e.tagName.toLowerCase()}[${name}]`),
    );
    const w = window as unknown as { __pwned?: boolean; violations: string[] };
    return {
      scripts,
      elements,
      handlers,
      pwned: w.__pwned ?? false,
      violations: w.violations,
    };
  }, HEAD_SCRIPT);
}

const NOTHING_FOREIGN = {
  scripts: [],
  elements: [],
  handlers: [],
  pwned: false,
  violations: [],
};

for (const policy of ["with", "without"] as const) {
  test.describe(`${policy} the Content-Security-Policy`, () => {
    test.use({ bypassCSP: policy === "without" });

    test("no payload runs on any page, loaded, hydrated or reached by a link", async ({
      page,
    }) => {
      const dialogs = await watchForPayloads(page);
      for (const path of PAGES) {
        await page.goto(url(path));
        await hydrated(page);
        expect(await foreignContent(page), path).toEqual(NOTHING_FOREIGN);
      }
      // Rendered by the app rather than the pre-render: from the front page, by its links.
      await page.goto(url(homePath));
      await hydrated(page);
      await page.getByRole("link", { name: payloads.headline }).first().click();
      await expect(
        page.getByRole("heading", { level: 1, name: payloads.headline }),
      ).toBeFocused();
      await page.getByRole("link", { name: brief.headline }).first().click();
      await expect(
        page.getByRole("heading", { level: 1, name: brief.headline }),
      ).toBeVisible();
      expect(await foreignContent(page)).toEqual(NOTHING_FOREIGN);
      expect(dialogs).toEqual([]);
    });
  });
}

test("the payloads show as the text they are, in the page and its head", async ({
  page,
}) => {
  await page.goto(url(storyPath(payloads)));
  await hydrated(page);
  await expect(
    page.getByRole("heading", { level: 1, name: payloads.headline }),
  ).toBeVisible();
  for (const paragraph of payloads.body.slice(0, 5))
    await expect(
      page
        .getByRole("paragraph")
        .filter({ hasText: plainText(paragraph.inlines) }),
    ).toBeVisible();
  await expect(page).toHaveTitle(`${payloads.headline} — Dateline`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    payloads.headline,
  );
  // The JSON-LD still parses, and holds the headline as written.
  const data = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ??
      "",
  ) as { headline?: string };
  expect(data.headline).toBe(payloads.headline);
});

test("the HTML as served carries every payload escaped", async ({
  request,
}) => {
  for (const path of [storyPath(payloads), storyPath(brief), homePath]) {
    const html = await (await request.get(url(path))).text();
    expect(html, path).not.toMatch(/<script>alert|<img src=x|<iframe|<svg/i);
    expect(html, path).toContain("&lt;script&gt;alert(");
  }
  for (const file of ["feed.xml", "sitemap.xml"]) {
    const xml = await (await request.get(url(`/${file}`))).text();
    expect(xml, file).not.toMatch(/<script>|<img /i);
  }
});

test("a right-to-left paragraph reads right to left, and a link off the site says it leaves", async ({
  page,
}) => {
  await page.goto(url(storyPath(payloads)));
  await hydrated(page);
  const arabic = page.getByText(/^هذه فقرة اختبار/);
  expect(await arabic.evaluate((p) => p.matches(":dir(rtl)"))).toBe(true);
  const english = page.getByText(/^javascript:alert\(1\) is only words/);
  expect(await english.evaluate((p) => p.matches(":dir(ltr)"))).toBe(true);
  const report = page.getByRole("link", {
    name: "the report (external site)",
    exact: true,
  });
  await expect(report).toHaveAttribute("rel", "noopener noreferrer");
  await expect(report).toHaveAttribute("href", "https://example.org/report");
  await expect(report.getByText("↗")).toBeVisible();
  await expect(
    page.getByRole("link", { name: "topics page", exact: true }),
  ).toHaveAttribute("href", topicsPath);
});

test("a 300-character headline and a 10,000-word paragraph fit a 375 px screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(url(storyPath(long)));
  await hydrated(page);
  await expect(
    page.getByRole("heading", { level: 1, name: long.headline }),
  ).toBeVisible();
  const overflow = await page.evaluate(
    () =>
      document.documentElement.scrollWidth -
      document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test.describe("accessibility", () => {
  // axe is injected as an inline script, which the pages' CSP rightly refuses.
  test.use({ bypassCSP: true });

  for (const colorScheme of ["light", "dark"] as const)
    for (const width of [375, 1280])
      test(`axe finds no violations in the hostile stories (the ↗ mark, right-to-left text): ${colorScheme}, ${width} px`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        const report: string[] = [];
        for (const path of [storyPath(payloads), storyPath(long)]) {
          await page.goto(url(path));
          await hydrated(page);
          await page.addScriptTag({ path: AXE_SOURCE });
          const results = await page.evaluate(
            (tags) =>
              (window as unknown as { axe: typeof axe }).axe.run({
                runOnly: tags,
              }),
            AXE_TAGS,
          );
          expect(results.passes.length, path).toBeGreaterThan(10);
          for (const v of results.violations)
            report.push(
              `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
            );
        }
        expect(report).toEqual([]);
      });
});
