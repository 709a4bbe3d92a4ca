/**
 * This edition's stories: every file in `stories/`, bundled with the app and
 * checked once when the module loads. The build runs the same check first
 * (see vite.config.ts), so a bad file never reaches a reader.
 */
import { checkEdition } from "./catalogue.ts";

const files = import.meta.glob<unknown>("./stories/*.json", {
  eager: true,
  import: "default",
});

export const edition = checkEdition(
  Object.fromEntries(
    Object.entries(files).map(([path, data]) => [
      path.replace(/^\.\//, ""),
      data,
    ]),
  ),
);
