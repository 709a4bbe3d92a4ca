/**
 * A Vite plugin that parses every story file before anything is bundled, so
 * bad story data fails `npm run build` (and the dev server) with the file and
 * field named, instead of shipping and failing in a reader's browser.
 * Build-time only: Node's fs, never bundled into the app.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { checkEdition } from "./catalogue.ts";

/** @example plugins: [checkStories("src/content/stories"), react()] */
export function checkStories(storiesDir: string): Plugin {
  return {
    name: "dateline:check-stories",
    buildStart() {
      const files: Record<string, unknown> = {};
      for (const name of readdirSync(storiesDir).filter((n) =>
        n.endsWith(".json"),
      )) {
        const file = `stories/${name}`;
        this.addWatchFile(join(storiesDir, name));
        try {
          files[file] = JSON.parse(
            readFileSync(join(storiesDir, name), "utf8"),
          );
        } catch (error) {
          this.error(
            `${file}: (root): not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
      try {
        checkEdition(files);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
