import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.ts";
import { ORIGIN, SITE_PORT, SUBPATH_ORIGIN, SUBPATH_PORT } from "./ports.ts";

/**
 * The production build is served like a static host (by default on the same
 * port as `npm start`); beside it, a development-mode build under a sub-path, for hydration checks and
 * base-path hosting. Its build day is five days after the seed story, so its
 * pre-rendered pages and the browser (today) disagree about the story's age.
 */
const SUBPATH_DIR = "node_modules/.cache/dateline-subpath";
const SUBPATH_ENV = `DATELINE_BASE=/dateline/ DATELINE_ORIGIN=${SUBPATH_ORIGIN} DATELINE_BUILD_DATE=2018-04-25`;

/** Real-browser tests against real builds, in Debian's Chromium. */
export default defineConfig({
  testDir: ".",
  outputDir: "../../test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  use: { launchOptions: chromiumLaunchOptions },
  projects: [
    {
      name: "site",
      testMatch: "*.spec.ts",
      testIgnore: "subpath.spec.ts",
      use: { baseURL: ORIGIN },
    },
    { name: "subpath", testMatch: "subpath.spec.ts" },
  ],
  webServer: [
    {
      command: `DATELINE_ORIGIN=${ORIGIN} npm run build && npm run serve -- --port ${SITE_PORT}`,
      cwd: "../..",
      url: `${ORIGIN}/`,
      reuseExistingServer: !process.env["CI"],
      timeout: 180_000,
    },
    {
      command: `${SUBPATH_ENV} npm run build -- --development --out-dir ${SUBPATH_DIR} && ${SUBPATH_ENV} npm run serve -- --dir ${SUBPATH_DIR} --port ${SUBPATH_PORT}`,
      cwd: "../..",
      url: `${SUBPATH_ORIGIN}/dateline/`,
      reuseExistingServer: !process.env["CI"],
      timeout: 180_000,
    },
  ],
});
