import { checkEdition } from "../../content/catalogue.ts";
import { catalogueContent } from "../../content/content.ts";

/**
 * The repo's own stories, checked as the build checks them: what jsdom tests
 * render. Read through Vite rather than from disk, so tests of browser code
 * need nothing from Node.
 */
const storyFiles = import.meta.glob<unknown>("../../content/stories/*.json", {
  eager: true,
  import: "default",
});

export const testEdition = checkEdition(
  Object.fromEntries(
    Object.entries(storyFiles).map(([path, data]) => [
      path.replace(/^.*\/stories\//, "stories/"),
      data,
    ]),
  ),
);

/** What loaders answer from in the tests: the repo's story files, as in the pre-render. */
export const testContent = catalogueContent(testEdition);
