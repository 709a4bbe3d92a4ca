/// <reference types="vitest/config" />
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { checkStories } from "./src/content/checkStoriesPlugin.ts";
import { siteConfig } from "./src/site/config.ts";

// Read once: the client build and the pre-render build must agree on all of it.
const site = siteConfig(process.env);

export default defineConfig({
  base: site.base,
  define: {
    "import.meta.env.DATELINE_ORIGIN": JSON.stringify(site.origin),
    "import.meta.env.DATELINE_BUILD_DATE": JSON.stringify(site.buildDate),
  },
  plugins: [
    checkStories(join(import.meta.dirname, "src/content/stories")),
    react(),
  ],
  build: { target: "es2022" },
  test: {
    environment: "jsdom",
    // The bench's pure helpers too; its browser and Lighthouse parts are run, not unit-tested.
    include: ["src/**/*.test.{ts,tsx}", "tests/bench/**/*.test.ts"],
    setupFiles: ["src/testing/setup.ts"],
  },
});
