import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.ts";

/** Where the production build is served for the tests; the same port as `npm start`. */
const PORT = 4173;

/** Real-browser tests against the production build, in Debian's Chromium. */
export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: "../../test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: "../..",
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env["CI"],
    timeout: 120_000,
  },
});
