/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { checkEdition } from "./src/content/catalogue.ts";

const storiesDir = join(import.meta.dirname, "src/content/stories");

/**
 * Parses every story file before anything is bundled, so that bad story data
 * fails `npm run build` (and the dev server) with the file and field named,
 * instead of shipping and failing in a reader's browser.
 */
function checkStories(): Plugin {
  return {
    name: "dateline:check-stories",
    buildStart() {
      const files: Record<string, unknown> = {};
      for (const name of readdirSync(storiesDir).filter((n) => n.endsWith(".json"))) {
        const file = `stories/${name}`;
        try {
          files[file] = JSON.parse(readFileSync(join(storiesDir, name), "utf8"));
        } catch (error) {
          this.error(`${file}: (root): not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
        }
        this.addWatchFile(join(storiesDir, name));
      }
      try {
        checkEdition(files);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}

export default defineConfig({
  plugins: [checkStories(), react()],
  build: { target: "es2022" },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/testing/setup.ts"],
  },
});
