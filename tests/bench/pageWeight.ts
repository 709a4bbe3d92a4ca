/**
 * Read from Chromium's network log rather than from the HTML: the page may
 * import more than it names (boot.ts imports the app after `load`).
 *
 *     const weight = await measurePage(browser, "http://127.0.0.1:4193/topics/");
 *     weight.js.gzip // every script fetched on load, up to hydration
 */
import type { Browser, Request } from "@playwright/test";
import { hydrated } from "../browser/fixtures.ts";
import { isThirdParty } from "./budgets.ts";
import { compressedSizes, NO_BYTES, totalSizes, type Sizes } from "./sizes.ts";

export type ResourceKind =
  "document" | "script" | "stylesheet" | "data" | "other";

export type Resource = {
  url: string;
  kind: ResourceKind;
  /** Of the body as the page received it, decoded; empty for a failed request. */
  sizes: Sizes;
  /** Requested after the page had hydrated: not part of the initial load. */
  afterHydration: boolean;
};

export type PageWeight = {
  url: string;
  html: Sizes;
  /** js, css and data: fetched up to hydration. */
  js: Sizes;
  css: Sizes;
  data: Sizes;
  /** Fetched after hydration with no interaction; reported, not budgeted. */
  laterJs: Sizes;
  resources: Resource[];
  thirdParty: string[];
  /** Console errors and uncaught exceptions: a broken page measures nothing useful. */
  errors: string[];
};

/** In a fresh context: nothing cached. */
export async function measurePage(
  browser: Browser,
  url: string,
): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const requests: Request[] = [];
    const errors: string[] = [];
    page.on("request", (request) => requests.push(request));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));

    await page.goto(url);
    await hydrated(page);
    // Whatever the page fetches by itself after hydrating still counts as a request.
    await page.waitForLoadState("networkidle");
    // main.tsx marks the moment it starts hydrating; what was asked for later
    // (the reader store, the service worker's helper) waited for it. Each
    // request's own start time decides: Resource Timing alone missed some
    // (it lists a request only once finished, and a module a preload link
    // already fetched under that link's entry), which counted them as initial.
    const hydrationStarted = await page.evaluate(() => {
      const mark = performance.getEntriesByName("dateline:hydrate")[0];
      return mark ? performance.timeOrigin + mark.startTime : undefined;
    });
    const startedAfterHydration = (request: Request) =>
      hydrationStarted !== undefined &&
      request.timing().startTime > hydrationStarted;

    const origin = new URL(url).origin;
    const resources = await Promise.all(
      requests.map(async (request) => ({
        url: request.url(),
        kind: await kindOf(request, page.mainFrame().url()),
        sizes: await bodySizes(request),
        afterHydration: startedAfterHydration(request),
      })),
    );
    const sum = (kind: ResourceKind, later = false) =>
      totalSizes(
        resources
          .filter((r) => r.kind === kind && r.afterHydration === later)
          .map((r) => r.sizes),
      );
    return {
      url,
      html: resources.find((r) => r.kind === "document")?.sizes ?? NO_BYTES,
      js: sum("script"),
      css: sum("stylesheet"),
      data: sum("data"),
      laterJs: sum("script", true),
      resources,
      thirdParty: resources
        .map((r) => r.url)
        .filter((each) => isThirdParty(each, origin)),
      errors,
    };
  } finally {
    await context.close();
  }
}

/** By what the server said it sent, so a script is a script whatever asked for it. */
async function kindOf(
  request: Request,
  pageUrl: string,
): Promise<ResourceKind> {
  const response = await request.response();
  const type = (await response?.headerValue("content-type")) ?? "";
  if (request.isNavigationRequest() && request.url() === pageUrl)
    return "document";
  if (/javascript|ecmascript/i.test(type)) return "script";
  if (/text\/css/i.test(type)) return "stylesheet";
  if (/json/i.test(type)) return "data";
  if (request.resourceType() === "script") return "script";
  if (request.resourceType() === "stylesheet") return "stylesheet";
  return "other";
}

async function bodySizes(request: Request): Promise<Sizes> {
  const response = await request.response();
  // A redirect or a failed request has no body of its own.
  if (response === null || response.status() >= 300) return NO_BYTES;
  return compressedSizes(await response.body());
}
