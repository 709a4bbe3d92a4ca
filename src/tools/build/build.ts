// One process, so both bundles share one site configuration and one build day.
// --development builds React's development edition, whose hydration checks the browser tests rely on.
// A second build reuses what has not changed since the first (incremental/buildCache.ts);
// --clean forgets it all and builds from nothing.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { editionDataFiles } from "../../content/editionData.ts";
import { bundles } from "./bundles.ts";
import { writeCards } from "./cards/writeCards.ts";
import { printChanges, printReport } from "./buildReport.ts";
import {
  clearCache,
  codeKey,
  readState,
  writeState,
} from "./incremental/buildCache.ts";
import { loadEdition, storiesDir } from "./loadEdition.ts";
import { writeOfflineFiles } from "./offline/offlineFiles.ts";
import { precacheReport } from "./offline/precachePlan.ts";
import type { PrerenderEntry } from "./prerender/bundle.ts";
import { pageTargets } from "./renderPages.ts";
import { renderInPool } from "./prerender/renderPool.ts";
import { writeSearchIndex } from "./search/searchIndex.ts";
import { siteConfig } from "./siteConfig.ts";
import { siteWriter } from "./siteWriter.ts";
import { stageSite, type StagedSite } from "./stagedSite.ts";
import { runCommand } from "../runCommand.ts";
import { UserError } from "../../content/userError.ts";

const root = resolve(import.meta.dirname, "../../..");

/** How long each step took, printed at the end: where a slow build spends its time. */
const steps: string[] = [];
let stepStart = performance.now();
function step(name: string): void {
  const now = performance.now();
  steps.push(`${name} ${((now - stepStart) / 1000).toFixed(1)} s`);
  stepStart = now;
}

async function main() {
  const { values } = parseArgs({
    options: {
      "out-dir": { type: "string", default: "dist" },
      development: { type: "boolean", default: false },
      clean: { type: "boolean", default: false },
      changes: { type: "string" },
    },
  });
  const outDir = resolve(values["out-dir"]);
  // One per output folder, so two builds can run side by side (the browser tests do).
  const cacheDir = join(
    root,
    "node_modules/.cache/dateline-build",
    relative(root, outDir).replace(/[^\w.-]+/g, "_"),
  );
  if (values.clean) await clearCache(cacheDir);
  const mode = values.development ? "development" : "production";
  // React picks its edition from NODE_ENV; Vite takes it from here when set.
  process.env["NODE_ENV"] = mode;
  // Fixed before either bundle is built, so both take the same day as "today".
  const site = siteConfig(process.env);
  process.env["DATELINE_BUILD_DATE"] = site.buildDate;

  // Checked before any bundling, so bad story data fails the build at once, naming the file and field.
  const catalogue = loadEdition(storiesDir(process.env), {
    today: site.buildDate,
  });
  step("stories");
  const code = await codeKey(root, {
    mode,
    origin: site.origin,
    base: site.base,
    buildDate: site.buildDate,
  });
  const state = await readState(cacheDir);
  const reusable = !values.clean && state.codeKey === code;
  const { clientDir, prerenderDir, reused } = await bundles(
    root,
    mode,
    cacheDir,
    reusable,
  );
  step(reused ? "bundles (reused)" : "bundles");
  const entry = (await import(
    pathToFileURL(join(prerenderDir, "edition.js")).href
  )) as PrerenderEntry;
  const edition = entry.prepareEdition(catalogue);

  // Everything is written into a staged copy, swapped in once every step has succeeded.
  staged = await stageSite(outDir);
  const output = siteWriter(staged.dir);
  // The template is what Vite made of index.html; the front page takes its place.
  const template = await readFile(join(clientDir, "index.html"), "utf8");
  for (const file of await filesIn(clientDir))
    if (file !== "index.html")
      await output.write(file, await readFile(join(clientDir, file)));
  for (const { file, data } of editionDataFiles(catalogue))
    await output.write(file, JSON.stringify(data));

  step("data files");
  const pages = await renderInPool(
    {
      storiesDir: storiesDir(process.env),
      today: site.buildDate,
      prerenderDir,
      outDir: staged.dir,
      template,
      code,
      previous: reusable ? state.pages : {},
    },
    pageTargets(edition),
  );
  for (const part of pages.parts) output.merge(part);
  step("pages");
  const cards = await writeCards(output, catalogue, cacheDir);
  step(`cards (${cards.drawn} drawn, ${cards.reused} reused)`);
  for (const { file, content } of edition.discoveryFiles())
    await output.write(file, content);
  step("feed and sitemap");
  // Before the offline step, which lists it for "Download all".
  await writeSearchIndex(output, catalogue);
  step("search index");
  // Last, over the finished site: the service worker hashes the files it precaches.
  const precache = await writeOfflineFiles(output, {
    base: site.base,
    stories: catalogue.stories,
    cap: site.precacheCap,
  });
  step("offline files");
  const changes = await output.finish();
  await staged.commit();
  staged = undefined;
  await writeState(cacheDir, { codeKey: code, pages: pages.run.keys });
  step("clean-up");

  await printReport(
    outDir,
    output.written,
    `Pre-rendered for ${site.origin + site.base} into ${relative(root, outDir) || "."}/ (${reused ? "bundles reused" : "bundles built"}; ${pages.run.rendered.toLocaleString("en")} pages drawn, ${pages.run.kept.toLocaleString("en")} unchanged):`,
  );
  await printChanges(changes, values.changes && resolve(values.changes));
  console.log(precacheReport(precache).join("\n"));
  console.log(`Steps: ${steps.join(", ")}`);
  // The bench reads this line (tests/bench): the largest process's, as
  // /usr/bin/time reports it. maxRSS is in kilobytes.
  const peakKb = Math.max(process.resourceUsage().maxRSS, pages.maxRssKb);
  console.log(`peak memory: ${Math.round(peakKb / 1024)} MB`);
}

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"),
    )
    .sort();
}

/** The build under way's staged site, until it is swapped in. */
let staged: StagedSite | undefined;

runCommand("build failed", () =>
  main().catch(async (error: unknown) => {
    if (staged === undefined) throw error;
    await staged.abandon();
    const shown = relative(process.cwd(), staged.live);
    const outDir = shown.startsWith("..") ? staged.live : shown || ".";
    const note = `${outDir}/ was left as it was`;
    if (error instanceof UserError) error.message += ` (${note})`;
    else console.error(`The build stopped; ${note}.`);
    throw error;
  }),
);
