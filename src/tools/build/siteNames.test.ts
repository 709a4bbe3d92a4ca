// @vitest-environment node
/**
 * Every name the build writes at the site's root, beside the section folders,
 * is one no story, section or topic may take (RESERVED_NAMES in slug.ts):
 * otherwise a section called "Data" or "Icons" would share a folder with the
 * site's own files.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { ARCHIVE_LIST_FILE } from "../../app/offline/caches.ts";
import { dataFile } from "../../content/dataFiles.ts";
import { cardPath, siteCardPath } from "../../content/paths.ts";
import { sampleCatalogue } from "../../content/sampleEdition.ts";
import { RESERVED_NAMES, slugify } from "../../content/slug.ts";
import { discoveryFiles } from "./discovery/discoveryFiles.ts";
import { MANIFEST_FILE } from "./offline/installFiles.ts";
import { SERVICE_WORKER_FILE } from "./offline/serviceWorker.ts";

const ROOT = join(import.meta.dirname, "../../..");

test("every name the build writes at the site's root is reserved", () => {
  const files = [
    ...discoveryFiles(sampleCatalogue).map(({ file }) => file),
    SERVICE_WORKER_FILE,
    MANIFEST_FILE,
    ARCHIVE_LIST_FILE,
    dataFile.index,
    dataFile.searchBundle,
    cardPath("a").slice(1),
    siteCardPath.slice(1),
    // Copied as they are from public/; Vite's bundles, the pre-render's pages and the icons.
    ...readdirSync(join(ROOT, "public")),
    "assets/",
    "index.html",
    "404.html",
    "icons/",
  ];
  const sections = new Set(
    sampleCatalogue.stories.map((s) => slugify(s.section)),
  );
  const names = new Set(
    files
      .map((file) => file.split("/")[0] ?? "")
      .filter((name) => !sections.has(name)),
  );
  expect(names.size).toBeGreaterThan(10);
  for (const name of names) expect(RESERVED_NAMES.has(name), name).toBe(true);
});
