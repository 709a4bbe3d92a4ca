import { checkEdition } from "../../content/catalogue.ts";
import { catalogueContent } from "../../content/content.ts";
import type { Brief } from "../../content/story.ts";

// Read through Vite rather than from disk, so tests of browser code need nothing from Node.
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

const [seed] = testEdition.stories;
if (!seed) throw new Error("src/content/stories/ has no full story");
/** The seed story: the edition's newest full story, which leads the front page. */
export const seedStory = seed;

/**
 * The brief whose headline matches: tests name a brief by what a reader
 * reads, and take its address from its file.
 *
 * @example storyPath(briefTitled(/^Lavrov rejects/))
 */
export function briefTitled(headline: RegExp): Brief {
  const brief = testEdition.briefs.find((b) => headline.test(b.headline));
  if (!brief) throw new Error(`no brief titled ${String(headline)}`);
  return brief;
}
