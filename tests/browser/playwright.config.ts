import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.ts";

/** The production build, served like a static host; the same port as `npm start`. */
const PORT = 4173;
/**
 * A development-mode build under a sub-path, for hydration checks and
 * base-path hosting. Its build day is five days after the seed story, so its
 * pre-rendered pages and the browser (today) disagree about the story's age.
 */
const SUBPATH_PORT = 4174;
const SUBPATH_DIR = "node_modules/.cache/dateline-subpath";
const SUBPATH_ENV = `DATELINE_BASE=/dateline/ DATELINE_ORIGIN=http://127.0.0.1:${SUBPATH_PORT} DATELINE_BUILD_DATE=2018-04-25`;

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
      use: { baseURL: `http://127.0.0.1:${PORT}` },
    },
    { name: "subpath", testMatch: "subpath.spec.ts" },
  ],
  webServer: [
    {
      command: `npm run build && npm run serve -- --port ${PORT}`,
      cwd: "../..",
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env["CI"],
      timeout: 180_000,
    },
    {
      command: `${SUBPATH_ENV} npm run build -- --development --out-dir ${SUBPATH_DIR} && ${SUBPATH_ENV} npm run serve -- --dir ${SUBPATH_DIR} --port ${SUBPATH_PORT}`,
      cwd: "../..",
      url: `http://127.0.0.1:${SUBPATH_PORT}/dateline/`,
      reuseExistingServer: !process.env["CI"],
      timeout: 180_000,
    },
  ],
});
