import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkEdition, type Catalogue } from "../../content/catalogue.ts";
import { StoryDataError, type ParseOptions } from "../../content/story.ts";

export const defaultStoriesDir = resolve(
  import.meta.dirname,
  "../../content/stories",
);

export function storiesDir(env: Record<string, string | undefined>): string {
  const dir = env["DATELINE_STORIES_DIR"];
  return dir ? resolve(dir) : defaultStoriesDir;
}

/** Keyed as error messages name them (`stories/<name>`). */
export function readStoryFiles(dir: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    const file = `stories/${name}`;
    try {
      files[file] = JSON.parse(readFileSync(join(dir, name), "utf8"));
    } catch (error) {
      throw new StoryDataError(
        file,
        "(root)",
        `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return files;
}

export function loadEdition(
  dir: string = defaultStoriesDir,
  options: ParseOptions = {},
): Catalogue {
  return checkEdition(readStoryFiles(dir), options);
}
