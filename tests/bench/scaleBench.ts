/**
 * Builds only synthetic stories (none of the real ones), through
 * DATELINE_STORIES_DIR from a temporary folder that is deleted afterwards.
 * The goals are in scaleGoals.ts.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../browser/chromium.ts";
import { serveSite, siteUrl, stop } from "../lighthouse/launch.ts";
import { buildSite } from "./buildSite.ts";
import { builtPages, pageKind } from "./builtPages.ts";
import type { BenchOptions } from "./options.ts";
import { measurePage } from "./pageWeight.ts";
import { compressedSizes, kb, type Sizes } from "./sizes.ts";
import { syntheticSlug, writeSyntheticStories } from "./syntheticStories.ts";
import { scaleGoals, type ScaleGoal, type ScaleRun } from "./scaleGoals.ts";
import { formatTable } from "./table.ts";
import { homePath, searchPath } from "../../src/content/paths.ts";

/** Fixed, so the pages ("3 days ago") are the same bytes whenever the bench runs. */
const BUILD_DATE = "2026-01-01";

export type ScaleReport = {
  kind: "scale";
  generatedAt: string;
  counts: number[];
  runs: ScaleRun[];
  goals: ScaleGoal[];
};

/** The build did not pick the synthetic stories up. */
export class ScaleError extends Error {
  override name = "ScaleError";
}

export async function scaleBench(options: BenchOptions): Promise<ScaleReport> {
  const counts = options.stories ?? [];
  const temporary = await mkdtemp(join(tmpdir(), "dateline-bench-scale-"));
  const outDir = join(temporary, "site");
  const server = await serveSite(outDir, options.port);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const runs: ScaleRun[] = [];
  try {
    const site = siteUrl(server);
    for (const stories of counts) {
      const storiesDir = join(temporary, `stories-${stories}`);
      progress(`${stories} stories: generating`);
      await writeSyntheticStories(storiesDir, stories);
      progress(`${stories} stories: building`);
      const { ms: buildMs } = await buildSite(outDir, {
        DATELINE_ORIGIN: new URL(site).origin,
        DATELINE_STORIES_DIR: storiesDir,
        DATELINE_BUILD_DATE: BUILD_DATE,
      });
      await rm(storiesDir, { recursive: true, force: true });

      const pages = await builtPages(outDir);
      const story = pages.find((page) =>
        page.path.endsWith(`/${syntheticSlug(1)}/`),
      )?.path;
      if (story === undefined)
        throw new ScaleError(
          `the build wrote no page for ${syntheticSlug(1)}: it did not read the stories from DATELINE_STORIES_DIR`,
        );
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
        progress(`${stories} stories: weighing ${path}`);
        const weight = await measurePage(
          browser,
          new URL(path.slice(1), site).href,
        );
        initialJs[path] = weight.js;
        if (
          pageKind(path) !== "search" &&
          weight.resources.some((resource) =>
            /\/search\.json(\?|$)/.test(resource.url),
          )
        )
          searchIndexOutsideSearch.push(path);
      }
      const searchFile = join(outDir, "data", "search.json");
      runs.push({
        stories,
        buildMs,
        filesWritten: await countFiles(outDir),
        initialJs,
        largestInitialJs: Object.values(initialJs).reduce((a, b) =>
          b.gzip > a.gzip ? b : a,
        ),
        storyHtml: await fileSizes(join(outDir, story, "index.html")),
        frontHtml: await fileSizes(join(outDir, "index.html")),
        searchIndex: existsSync(searchFile)
          ? await fileSizes(searchFile)
          : null,
        searchIndexOutsideSearch,
      });
    }
  } finally {
    await browser.close();
    stop(server);
    await rm(temporary, { recursive: true, force: true });
  }
  const report: ScaleReport = {
    kind: "scale",
    generatedAt: new Date().toISOString(),
    counts,
    runs,
    goals: scaleGoals(runs),
  };
  printScaleReport(report);
  return report;
}

async function fileSizes(file: string): Promise<Sizes> {
  return compressedSizes(await readFile(file));
}

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function printScaleReport(report: ScaleReport): void {
  const table = formatTable(
    [
      { header: "stories", align: "right" },
      { header: "build", align: "right" },
      { header: "files", align: "right" },
      { header: "initial JS gzip", align: "right" },
      { header: "story HTML gzip", align: "right" },
      { header: "front HTML gzip", align: "right" },
      { header: "search index", align: "right" },
      { header: "index gzip", align: "right" },
    ],
    report.runs.map((run) => [
      run.stories.toLocaleString("en"),
      seconds(run.buildMs),
      run.filesWritten.toLocaleString("en"),
      kb(run.largestInitialJs.gzip),
      kb(run.storyHtml.gzip),
      kb(run.frontHtml.gzip),
      run.searchIndex === null ? "n/a (bundled)" : kb(run.searchIndex.raw),
      run.searchIndex === null ? "" : kb(run.searchIndex.gzip),
    ]),
  );
  const goals = formatTable(
    [{ header: "goal" }, { header: "measured" }, { header: "met" }],
    report.goals.map((goal) => [
      goal.goal,
      goal.measured,
      goal.met === null ? "–" : goal.met ? "yes" : "NO",
    ]),
  );
  process.stdout.write(
    `\nScale (synthetic stories only, built ${BUILD_DATE}; initial JS = the largest of the front page, story 0001, a topic and a search):\n${table}\n\nGoals (reported, not asserted):\n${goals}\n`,
  );
}
