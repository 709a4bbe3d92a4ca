// One process, so both bundles share one site configuration and one build day.
// --development builds React's development edition, whose hydration checks the browser tests rely on.
import { createHash } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { build, type InlineConfig } from "vite";
import { loadEdition, storiesDir } from "./loadEdition.ts";
import { siteConfig } from "./siteConfig.ts";
import { HEAD_SCRIPT } from "../../app/settings/headScript.ts";
import { writeOfflineFiles } from "./offline/offlineFiles.ts";
import { precacheReport } from "./offline/precachePlan.ts";
import {
  bootHead,
  fileFor,
  fillTemplate,
  TemplateError,
} from "./prerender/document.ts";
import { siteWriter, type WrittenFile } from "./siteWriter.ts";
import { writeSearchIndex } from "./search/searchIndex.ts";
import type { PrerenderEntry } from "./prerender/bundle.ts";
import { runCommand } from "../runCommand.ts";

const root = resolve(import.meta.dirname, "../../..");

async function main() {
  const { values } = parseArgs({
    options: {
      "out-dir": { type: "string", default: "dist" },
      development: { type: "boolean", default: false },
    },
  });
  const outDir = resolve(values["out-dir"]);
  // One per output folder, so two builds can run side by side (the browser tests do).
  const prerenderDir = join(
    root,
    "node_modules/.cache/dateline-prerender",
    relative(root, outDir).replace(/[^\w.-]+/g, "_"),
  );
  const mode = values.development ? "development" : "production";
  // React picks its edition from NODE_ENV; Vite takes it from here when set.
  process.env["NODE_ENV"] = mode;
  // Fixed before either bundle is built, so both take the same day as "today".
  const site = siteConfig(process.env);
  process.env["DATELINE_BUILD_DATE"] = site.buildDate;

  const shared: InlineConfig = {
    root,
    mode,
    configFile: join(root, "vite.config.ts"),
  };
  await build({ ...shared, build: { outDir, emptyOutDir: true } });
  await build({
    ...shared,
    logLevel: "warn",
    build: {
      ssr: join(root, "src/tools/build/prerender/edition.ts"),
      outDir: prerenderDir,
      emptyOutDir: true,
      copyPublicDir: false,
    },
  });

  const entry = (await import(
    pathToFileURL(join(prerenderDir, "edition.js")).href
  )) as PrerenderEntry;
  // The client build already checked these files (contentPlugin.ts); read them once more for the pages.
  const catalogue = loadEdition(storiesDir(process.env), {
    today: site.buildDate,
  });
  const edition = entry.prepareEdition(catalogue);
  const template = await readFile(join(outDir, "index.html"), "utf8");
  // Hashed here, from the very string bootHead inserts, so the policy allows exactly it.
  const boot = bootHead(
    HEAD_SCRIPT,
    createHash("sha256").update(HEAD_SCRIPT, "utf8").digest("base64"),
  );
  const output = siteWriter(outDir);
  const { write } = output;

  for (const path of edition.pagePaths) {
    const rendered = await edition.renderPage(path);
    if (rendered.status !== 200)
      throw new TemplateError(
        `${path}: rendered with status ${rendered.status}, expected 200`,
      );
    await write(fileFor(path), fillTemplate(template, { ...rendered, boot }));
  }
  const notFound = await edition.renderPage(edition.notFoundPath);
  if (notFound.status !== 404)
    throw new TemplateError(
      `the not-found page rendered with status ${notFound.status}, expected 404`,
    );
  await write("404.html", fillTemplate(template, { ...notFound, boot }));
  for (const { file, content } of edition.discoveryFiles())
    await write(file, content);
  // Before the offline step, which decides what of it to keep. Read from the stories again:
  // the pre-render bundle above holds its own copy.
  await writeSearchIndex(
    output,
    loadEdition(storiesDir(process.env), { today: site.buildDate }),
  );
  // Last, over the finished site: the service worker hashes the files it precaches.
  const precache = await writeOfflineFiles(output, {
    base: site.base,
    stories: catalogue.stories,
    cap: site.precacheCap,
  });

  await rm(prerenderDir, { recursive: true, force: true });
  report(
    output.written,
    relative(root, outDir) || ".",
    site.origin + site.base,
  );
  console.log(precacheReport(precache).join("\n"));
  // The bench reads this line (tests/bench); maxRSS is in kilobytes.
  console.log(
    `peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
}

function report(written: WrittenFile[], outDir: string, siteUrl: string) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const width = Math.max(...written.map((w) => w.file.length));
  console.log(`\nPre-rendered for ${siteUrl} into ${outDir}/:`);
  for (const { file, bytes, gzip } of written)
    console.log(
      `  ${file.padEnd(width)}  ${kb(bytes).padStart(9)}  ${kb(gzip).padStart(8)} gzip`,
    );
  console.log(`  ${written.length} files`);
}

runCommand("build failed", main);
