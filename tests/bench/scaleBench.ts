/**
 * Builds only synthetic stories (none of the real ones), through
 * DATELINE_STORIES_DIR from a temporary folder that is deleted afterwards,
 * and measures what each build costs and what a reader of it downloads.
 * The goals and caps are in scaleGoals.ts.
 *
 *     npm run bench -- --stories 1,1000,10000   # the whole report
 *     npm run bench -- --stories 1000 --check   # CI: byte caps only
 */
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { chromiumLaunchOptions } from "../browser/chromium.ts";
import { serveSite, siteUrl, stop } from "../lighthouse/launch.ts";
import { peakMemoryMb, precacheFigures } from "./buildFigures.ts";
import { BuildError, buildSite } from "./buildSite.ts";
import { builtPages, pageKind } from "./builtPages.ts";
import { median } from "./median.ts";
import type { BenchOptions } from "./options.ts";
import { measurePage } from "./pageWeight.ts";
import {
  FIRST_VISIT_MS,
  firstVisit,
  SEARCH_INDEX_DIR,
  SEARCH_RESULT,
  searchVisit,
  type SearchVisit,
} from "./readerVisits.ts";
import { PHONE } from "./phone.ts";
import { compressedSizes, kb, type Sizes } from "./sizes.ts";
import { syntheticSlug, writeSyntheticStories } from "./syntheticStories.ts";
import {
  byteChecks,
  describeCheck,
  scaleGoals,
  type ByteCheck,
  type FailedBuild,
  type PageFigures,
  type ScaleGoal,
  type ScaleRun,
} from "./scaleGoals.ts";
import { formatTable } from "./table.ts";
import { homePath, searchPath } from "../../src/content/paths.ts";
import { wireCounter, type WireCounter } from "./wireCounter.ts";

/** Fixed, so the pages ("3 days ago") are the same bytes whenever the bench runs. */
const BUILD_DATE = "2026-01-01";
/**
 * Two words of syntheticStories.ts's WORDS that most synthetic stories hold
 * (each draws ~600 words from ~250): many hits at every count.
 */
export const SEARCH_QUERY = "council harbour";
/** The edition the first-result time is compared with. */
const REFERENCE_STORIES = 10;
/** Phone-profile searches per edition; the report gives the median time. */
const SEARCH_RUNS = 3;

export type ScaleReport = {
  kind: "scale";
  /** "check": byte figures only, and the caps they passed. */
  mode: "report" | "check";
  generatedAt: string;
  counts: number[];
  query: string;
  runs: ScaleRun[];
  failedBuilds: FailedBuild[];
  searchReference: SearchVisit | null;
  goals: ScaleGoal[];
  /** Every byte cap at every count; the check fails on any not ok. */
  checks: ByteCheck[];
};

/** The build did not pick the synthetic stories up. */
export class ScaleError extends Error {
  override name = "ScaleError";
}

type Bench = {
  temporary: string;
  outDir: string;
  site: string;
  wire: WireCounter;
  browser: Browser;
  check: boolean;
};

export async function scaleBench(options: BenchOptions): Promise<ScaleReport> {
  const counts = options.stories ?? [];
  const temporary = await mkdtemp(join(tmpdir(), "dateline-bench-scale-"));
  const outDir = join(temporary, "site");
  const server = await serveSite(outDir, options.port);
  const wire = wireCounter(server);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const bench: Bench = {
    temporary,
    outDir,
    site: siteUrl(server),
    wire,
    browser,
    check: options.check,
  };
  const runs: ScaleRun[] = [];
  const failedBuilds: FailedBuild[] = [];
  let searchReference: SearchVisit | null = null;
  try {
    if (!options.check && !counts.includes(REFERENCE_STORIES))
      searchReference = await referenceSearch(bench);
    for (const stories of counts) {
      const built = await build(bench, stories);
      if ("message" in built) {
        failedBuilds.push(built);
        continue;
      }
      const run = await measure(bench, stories, built);
      runs.push(run);
      if (stories === REFERENCE_STORIES && !options.check)
        searchReference = run.search;
    }
  } finally {
    await browser.close();
    stop(server);
    await rm(temporary, { recursive: true, force: true });
  }
  const report: ScaleReport = {
    kind: "scale",
    mode: options.check ? "check" : "report",
    generatedAt: new Date().toISOString(),
    counts,
    query: SEARCH_QUERY,
    runs,
    failedBuilds,
    searchReference,
    goals: scaleGoals({ runs, failedBuilds, searchReference }),
    checks: runs.flatMap(byteChecks),
  };
  if (options.check) printCheck(report);
  else printScaleReport(report);
  return report;
}

/** What makes the bench exit non-zero: failed builds, and in the check, each cap passed. */
export function scaleFailures(report: ScaleReport): string[] {
  return [
    ...report.failedBuilds.map(
      (each) => `the build of ${storyCount(each.stories)} failed`,
    ),
    ...(report.mode === "check"
      ? report.checks.filter((check) => !check.ok).map(describeCheck)
      : []),
  ];
}

async function build(
  bench: Bench,
  stories: number,
): Promise<{ ms: number; output: string } | FailedBuild> {
  const storiesDir = join(bench.temporary, `stories-${stories}`);
  progress(`${storyCount(stories)}: generating`);
  await writeSyntheticStories(storiesDir, stories);
  progress(`${storyCount(stories)}: building`);
  try {
    return await buildSite(bench.outDir, {
      DATELINE_ORIGIN: new URL(bench.site).origin,
      DATELINE_STORIES_DIR: storiesDir,
      DATELINE_BUILD_DATE: BUILD_DATE,
    });
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    progress(`${storyCount(stories)}: ${error.message}`);
    return { stories, message: error.message };
  } finally {
    await rm(storiesDir, { recursive: true, force: true });
  }
}

async function measure(
  bench: Bench,
  stories: number,
  { ms, output }: { ms: number; output: string },
): Promise<ScaleRun> {
  const { outDir, site } = bench;
  const pages = await builtPages(outDir);
  const story = pages.find((page) =>
    page.path.endsWith(`/${syntheticSlug(1)}/`),
  )?.path;
  if (story === undefined)
    throw new ScaleError(
      `the build wrote no page for ${syntheticSlug(1)}: it did not read the stories from DATELINE_STORIES_DIR`,
    );
  const swFile = join(outDir, "sw.js");

  progress(
    `${storyCount(stories)}: first visit (${FIRST_VISIT_MS / 1000} s after load)`,
  );
  const visit = await firstVisit(bench.browser, site, bench.wire);
  progress(`${storyCount(stories)}: searching "${SEARCH_QUERY}"`);
  const search = bench.check
    ? await searchVisit(bench.browser, searchUrl(site), bench.wire, {
        phone: false,
      })
    : await phoneSearch(bench);
  if (search === null)
    progress(`${storyCount(stories)}: no ${SEARCH_RESULT} showed: search n/a`);

  return {
    stories,
    buildMs: ms,
    peakMemoryMb: peakMemoryMb(output),
    filesWritten: await countFiles(outDir),
    precache: precacheFigures(output),
    swJs: existsSync(swFile) ? await fileSizes(swFile) : null,
    searchIndex: await folderBytes(join(outDir, SEARCH_INDEX_DIR)),
    firstVisit: visit,
    search,
    pages: bench.check ? null : await weighPages(bench, stories, story, pages),
  };
}

/** The same query on a small edition, built once, for the first-result time to be compared with. */
async function referenceSearch(bench: Bench): Promise<SearchVisit | null> {
  const built = await build(bench, REFERENCE_STORIES);
  if ("message" in built)
    throw new ScaleError(
      `the ${REFERENCE_STORIES}-story reference edition did not build:\n${built.message}`,
    );
  progress(
    `${REFERENCE_STORIES} stories (reference): searching "${SEARCH_QUERY}"`,
  );
  return phoneSearch(bench);
}

/** Bytes from the first visit (each is cold), the median time of SEARCH_RUNS. */
async function phoneSearch(bench: Bench): Promise<SearchVisit | null> {
  const visits: SearchVisit[] = [];
  for (let run = 0; run < SEARCH_RUNS; run += 1) {
    const visit = await searchVisit(
      bench.browser,
      searchUrl(bench.site),
      bench.wire,
      { phone: true },
    );
    if (visit === null) return null;
    visits.push(visit);
  }
  const [first] = visits;
  if (first === undefined) return null;
  return {
    ...first,
    firstResultMs:
      median(visits.map((visit) => visit.firstResultMs)) ?? first.firstResultMs,
  };
}

function searchUrl(site: string): string {
  return new URL(searchPath(SEARCH_QUERY).slice(1), site).href;
}

async function weighPages(
  bench: Bench,
  stories: number,
  story: string,
  pages: { path: string; kind: string }[],
): Promise<PageFigures> {
  const topic = pages.find((page) => page.kind === "topic")?.path;
  const measured = [
    homePath,
    story,
    ...(topic ? [topic] : []),
    searchPath("0001"),
  ];
  const initialJs: Record<string, Sizes> = {};
  const searchIndexOutsideSearch: string[] = [];
  for (const path of measured) {
    progress(`${storyCount(stories)}: weighing ${path}`);
    const weight = await measurePage(
      bench.browser,
      new URL(path.slice(1), bench.site).href,
    );
    initialJs[path] = weight.js;
    if (
      pageKind(path) !== "search" &&
      weight.resources.some((resource) =>
        new URL(resource.url).pathname.includes(`/${SEARCH_INDEX_DIR}/`),
      )
    )
      searchIndexOutsideSearch.push(path);
  }
  return {
    initialJs,
    largestInitialJs: Object.values(initialJs).reduce((a, b) =>
      b.gzip > a.gzip ? b : a,
    ),
    storyHtml: await fileSizes(join(bench.outDir, story, "index.html")),
    frontHtml: await fileSizes(join(bench.outDir, "index.html")),
    searchIndexOutsideSearch,
  };
}

async function fileSizes(file: string): Promise<Sizes> {
  return compressedSizes(await readFile(file));
}

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

/** Null when there is no such folder. */
async function folderBytes(
  dir: string,
): Promise<{ files: number; bytes: number } | null> {
  if (!existsSync(dir)) return null;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  const sizes = await Promise.all(
    files.map(
      async (entry) => (await stat(join(entry.parentPath, entry.name))).size,
    ),
  );
  return {
    files: files.length,
    bytes: sizes.reduce((sum, size) => sum + size, 0),
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function count(n: number): string {
  return n.toLocaleString("en");
}

/** @example storyCount(1) === "1 story"; storyCount(1000) === "1,000 stories" */
function storyCount(n: number): string {
  return `${count(n)} ${n === 1 ? "story" : "stories"}`;
}

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

const NA = "n/a";

function printScaleReport(report: ScaleReport): void {
  const builds = formatTable(
    [
      { header: "stories", align: "right" },
      { header: "build", align: "right" },
      { header: "peak memory", align: "right" },
      { header: "files", align: "right" },
      { header: "precache files", align: "right" },
      { header: "precache raw", align: "right" },
      { header: "precache gzip", align: "right" },
      { header: "sw.js raw", align: "right" },
      { header: "sw.js gzip", align: "right" },
      { header: "pagefind/", align: "right" },
    ],
    report.runs.map((run) => [
      count(run.stories),
      seconds(run.buildMs),
      run.peakMemoryMb === null
        ? NA
        : `${count(Math.round(run.peakMemoryMb))} MB`,
      count(run.filesWritten),
      run.precache === null ? NA : count(run.precache.files),
      run.precache === null ? NA : kb(run.precache.raw),
      run.precache === null ? NA : kb(run.precache.gzip),
      run.swJs === null ? NA : kb(run.swJs.raw),
      run.swJs === null ? NA : kb(run.swJs.gzip),
      run.searchIndex === null
        ? NA
        : `${count(run.searchIndex.files)} files, ${kb(run.searchIndex.bytes)}`,
    ]),
  );
  const readers = formatTable(
    [
      { header: "stories", align: "right" },
      { header: "first visit", align: "right" },
      { header: "requests", align: "right" },
      { header: "search 1st result", align: "right" },
      { header: "search bytes", align: "right" },
      { header: "of it pagefind/", align: "right" },
      { header: "initial JS gzip", align: "right" },
      { header: "story HTML gzip", align: "right" },
      { header: "front HTML gzip", align: "right" },
    ],
    report.runs.map((run) => [
      count(run.stories),
      kb(run.firstVisit.bytes),
      count(run.firstVisit.requests),
      run.search === null ? NA : seconds(run.search.firstResultMs),
      run.search === null ? NA : kb(run.search.bytes),
      run.search === null ? NA : kb(run.search.indexBytes),
      run.pages === null ? "" : kb(run.pages.largestInitialJs.gzip),
      run.pages === null ? "" : kb(run.pages.storyHtml.gzip),
      run.pages === null ? "" : kb(run.pages.frontHtml.gzip),
    ]),
  );
  const reference = report.searchReference;
  const goals = formatTable(
    [{ header: "goal" }, { header: "measured" }, { header: "met" }],
    report.goals.map((goal) => [
      goal.goal,
      goal.measured,
      goal.met === null ? "–" : goal.met ? "yes" : "NO",
    ]),
  );
  process.stdout.write(
    [
      "",
      `Scale (synthetic stories only, built ${BUILD_DATE}):`,
      "",
      "Builds (peak memory and precache as the build printed them; sw.js and pagefind/ from the files):",
      builds,
      "",
      `Readers (bytes on the wire, counted by the server; first visit = the front page and ${FIRST_VISIT_MS / 1000} s after load, service worker included;`,
      `search = "${report.query}" on the phone profile (${PHONE.latencyMs} ms, ${(PHONE.downloadBytesPerSecond * 8) / 1e6} Mbit/s, ${PHONE.cpuSlowdown}× CPU), median of ${SEARCH_RUNS} first results;`,
      "initial JS = the largest of the front page, story 0001, a topic and a search):",
      readers,
      "",
      `Search on a ${REFERENCE_STORIES}-story edition: ${reference === null ? NA : `${seconds(reference.firstResultMs)}, ${kb(reference.bytes)} (pagefind/ ${kb(reference.indexBytes)})`}`,
      ...failedLines(report),
      "",
      "Goals (reported, not asserted):",
      goals,
      "",
    ].join("\n"),
  );
}

function printCheck(report: ScaleReport): void {
  const table = formatTable(
    [
      { header: "cap" },
      { header: "stories", align: "right" },
      { header: "measured", align: "right" },
      { header: "cap", align: "right" },
      { header: "" },
    ],
    report.checks.map((check) => [
      check.cap,
      count(check.stories),
      check.measured === null ? "not measured" : kb(check.measured),
      kb(check.limit),
      check.ok ? "ok" : check.measured === null ? "MISSING" : "PASSED",
    ]),
  );
  const figures = formatTable(
    [
      { header: "stories", align: "right" },
      { header: "precache", align: "right" },
      { header: "first visit", align: "right" },
      { header: "search", align: "right" },
    ],
    report.runs.map((run) => [
      count(run.stories),
      run.precache === null
        ? NA
        : `${count(run.precache.files)} files, ${kb(run.precache.raw)}, ${kb(run.precache.gzip)} gzip`,
      `${count(run.firstVisit.requests)} requests, ${kb(run.firstVisit.bytes)}`,
      run.search === null
        ? NA
        : `${count(run.search.requests)} requests, ${kb(run.search.bytes)} (pagefind/ ${kb(run.search.indexBytes)})`,
    ]),
  );
  process.stdout.write(
    [
      "",
      `Byte check (synthetic stories only, built ${BUILD_DATE}; wire bytes counted by the server; search = "${report.query}"):`,
      figures,
      "",
      table,
      ...failedLines(report),
      "",
    ].join("\n"),
  );
}

function failedLines(report: ScaleReport): string[] {
  return report.failedBuilds.map(
    (each) =>
      `The build of ${storyCount(each.stories)} failed: ${each.message.split("\n").at(-1) ?? ""}`,
  );
}
