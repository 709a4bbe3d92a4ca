/**
 * The axe tests in tests/browser check what we wrote rules for; this is the
 * score an outside reviewer (or a search engine's report) would see, so it
 * should stay at 100, in light and dark. A script, not a timed test.
 *
 *     npm run build && npx tsx tests/lighthouse/accessibility.ts [--url URL]
 *
 * --url checks a site already served there; the pages come from dist/ either way.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import lighthouse, { type Flags, type Result } from "lighthouse";
// A Puppeteer page is the one place to emulate the dark colour scheme.
import type { Browser } from "puppeteer-core";
import { isRecord } from "../../src/content/checks.ts";
import { builtPages } from "../bench/builtPages.ts";
import {
  launchChromium,
  serveSite,
  siteBase,
  siteUrl,
  stop,
} from "./launch.ts";

const DIST = resolve("dist");
const REPORT = resolve("test-results/lighthouse-accessibility.json");
const SCHEMES = ["light", "dark"] as const;
/** Failing elements to print per audit; the JSON has them all. */
const SHOWN_ELEMENTS = 3;

type Scheme = (typeof SCHEMES)[number];

/** `path` is below the site's base. */
type Target = { path: string; expectsNotFound: boolean };

type FailingElement = { selector: string; snippet: string };

type Finding = {
  audit: string;
  title: string;
  /** Lighthouse's "error" means the audit could not run, which is no pass. */
  errored: boolean;
  elements: FailingElement[];
};

type PageResult = {
  path: string;
  scheme: Scheme;
  url: string;
  /** null when Lighthouse could not score the page. */
  score: number | null;
  runtimeError: string | null;
  findings: Finding[];
};

/** Reported in one line without a stack trace. */
class SetupError extends Error {
  override name = "SetupError";
}

function readOptions(args: string[]): { url: string | undefined } {
  const { values } = parseArgs({
    args,
    options: { url: { type: "string" } },
  });
  return { url: values.url };
}

// ---------------------------------------------------------------- the pages

async function targets(dist: string): Promise<Target[]> {
  const paths = new Set([
    // Every dist/**/index.html; here paths are relative to the base path.
    ...(await builtPages(dist)).map(({ path }) => path.slice(1)),
    ...(await sitemapPaths(dist)),
    // Search results are rendered in the browser; an empty search is not enough.
    "search/?q=Putin",
  ]);
  const found = [...paths]
    .sort()
    .map((path) => ({ path, expectsNotFound: false }));
  return [...found, { path: "no/such/page/", expectsNotFound: true }];
}

/**
 * The sitemap's pages, below the base path. They should all be index.html
 * files too; one that is not answers 404, and Lighthouse says so.
 */
async function sitemapPaths(dist: string): Promise<string[]> {
  const sitemap = join(dist, "sitemap.xml");
  if (!existsSync(sitemap)) return [];
  const xml = await readFile(sitemap, "utf8");
  const base = siteBase();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, loc]) => {
    const pathname = loc === undefined ? "" : new URL(loc).pathname;
    return pathname.startsWith(base) ? [pathname.slice(base.length)] : [];
  });
}

// ---------------------------------------------------------------- the server

function checkBuilt(dist: string): void {
  if (!existsSync(join(dist, "index.html")))
    throw new SetupError(
      "dist/index.html not found: run `npm run build` first",
    );
}

/** Page paths are relative: "topics/" below "http://host/dateline" would drop "dateline". */
function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}

// ---------------------------------------------------------------- Lighthouse

async function check(
  browser: Browser,
  site: string,
  target: Target,
  scheme: Scheme,
): Promise<PageResult> {
  const url = new URL(target.path, site).href;
  const page = await browser.newPage();
  try {
    // Lighthouse leaves the media features alone, so this holds for its run.
    await page.emulateMediaFeatures([
      { name: "prefers-color-scheme", value: scheme },
    ]);
    const flags: Flags = {
      onlyCategories: ["accessibility"],
      logLevel: "error",
      // The not-found page is meant to answer 404, which Lighthouse would refuse to audit.
      ignoreStatusCode: target.expectsNotFound,
      // Only the HTML report shows it, and it is a good part of each run's time.
      disableFullPageScreenshot: true,
      // Lighthouse would clear the site's storage before each page, which
      // unregisters the service worker the last page installed; Puppeteer then
      // loses a session and the next page cannot open. Kept, the worker serves
      // the pages as it does for a reader who comes back.
      disableStorageReset: true,
    };
    const result = await lighthouse(url, flags, undefined, page);
    if (result === undefined) throw new Error("Lighthouse returned no result");
    return summarize(target.path, scheme, url, result.lhr);
  } catch (error) {
    return {
      path: target.path,
      scheme,
      url,
      score: null,
      runtimeError: error instanceof Error ? error.message : String(error),
      findings: [],
    };
  } finally {
    await page.close();
  }
}

function summarize(
  path: string,
  scheme: Scheme,
  url: string,
  lhr: Result,
): PageResult {
  const category = lhr.categories["accessibility"];
  const score = category?.score ?? null;
  const runtimeError = lhr.runtimeError
    ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
    : null;
  return {
    path,
    scheme,
    url,
    score: score === null ? null : Math.round(score * 100),
    runtimeError,
    // A page that did not load fails every audit with the same message.
    findings: runtimeError
      ? []
      : (category?.auditRefs ?? []).flatMap((ref) => {
          const audit = lhr.audits[ref.id];
          return audit === undefined ? [] : findingsOf(audit);
        }),
  };
}

function findingsOf(audit: Result["audits"][string]): Finding[] {
  const errored = audit.scoreDisplayMode === "error";
  if (!errored && (audit.score === null || audit.score >= 1)) return [];
  return [
    {
      audit: audit.id,
      title: audit.title,
      errored,
      elements: errored
        ? [{ selector: "", snippet: audit.errorMessage ?? "" }]
        : failingElements(audit.details),
    },
  ];
}

/** The nodes in an audit's table: axe audits list one per failing element. */
function failingElements(details: unknown): FailingElement[] {
  if (!isRecord(details) || !Array.isArray(details["items"])) return [];
  return details["items"].flatMap((item: unknown) => {
    const node = isRecord(item) ? item["node"] : undefined;
    if (!isRecord(node)) return [];
    return [
      {
        selector: textOf(node["selector"]),
        snippet: textOf(node["snippet"]),
      },
    ];
  });
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}

// ---------------------------------------------------------------- the report

function passed(result: PageResult): boolean {
  return (
    result.score === 100 &&
    result.runtimeError === null &&
    !result.findings.some((finding) => finding.errored)
  );
}

function table(results: PageResult[]): string {
  const paths = [...new Set(results.map((result) => `/${result.path}`))];
  const width = Math.max(...paths.map((path) => path.length));
  const rows = paths.map((path) => {
    const scores = SCHEMES.map((scheme) => {
      const result = results.find(
        (each) => `/${each.path}` === path && each.scheme === scheme,
      );
      const score = result?.runtimeError
        ? "error"
        : String(result?.score ?? "–");
      return score.padStart(6);
    });
    return `${path.padEnd(width)}  ${scores.join("")}`;
  });
  const header = `${"page".padEnd(width)}  ${SCHEMES.map((scheme) => scheme.padStart(6)).join("")}`;
  return [header, ...rows].join("\n");
}

function problems(results: PageResult[]): string {
  return results
    .filter((result) => !passed(result))
    .map((result) => {
      const lines = [
        `/${result.path} (${result.scheme}): ${result.score ?? "no score"}`,
      ];
      if (result.runtimeError)
        lines.push(`  Lighthouse error: ${result.runtimeError}`);
      for (const finding of result.findings) {
        lines.push(
          `  ${finding.audit}${finding.errored ? " (could not run)" : ""}: ${finding.title}`,
        );
        for (const element of finding.elements.slice(0, SHOWN_ELEMENTS))
          lines.push(`    ${element.selector}  ${oneLine(element.snippet)}`);
        const more = finding.elements.length - SHOWN_ELEMENTS;
        if (more > 0) lines.push(`    … and ${more} more`);
      }
      return lines.join("\n");
    })
    .join("\n\n");
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}

async function writeReport(results: PageResult[]): Promise<void> {
  await mkdir(dirname(REPORT), { recursive: true });
  await writeFile(REPORT, `${JSON.stringify(results, null, 2)}\n`);
}

// ---------------------------------------------------------------- main

async function main(args: string[]): Promise<boolean> {
  const options = readOptions(args);
  checkBuilt(DIST);
  const pages = await targets(DIST);
  const server = options.url === undefined ? await serveSite(DIST) : undefined;
  const site = server ? siteUrl(server) : withSlash(options.url ?? "");
  const profile = await mkdtemp(join(tmpdir(), "dateline-lighthouse-"));
  let browser: Browser | undefined;
  const results: PageResult[] = [];
  try {
    browser = await launchChromium(profile);
    for (const target of pages)
      for (const scheme of SCHEMES) {
        process.stderr.write(`checking /${target.path} (${scheme})\n`);
        results.push(await check(browser, site, target, scheme));
      }
  } finally {
    await browser?.close();
    if (server) stop(server);
    await rm(profile, { recursive: true, force: true });
  }
  await writeReport(results);
  process.stdout.write(`${table(results)}\n`);
  const failures = problems(results);
  if (failures) process.stdout.write(`\n${failures}\n`);
  process.stdout.write(`\nfull results: ${relative(process.cwd(), REPORT)}\n`);
  return results.every(passed);
}

try {
  const ok = await main(process.argv.slice(2));
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  const message = error instanceof SetupError ? error.message : String(error);
  process.stderr.write(`lighthouse accessibility: ${message}\n`);
  process.exitCode = 1;
}
