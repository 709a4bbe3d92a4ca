/**
 * How long related stories take for a whole edition of synthetic stories:
 * the index built once, then every story's list, as the build asks for them.
 * Prints figures; asserts nothing (timings depend on the machine).
 *
 *     npx tsx tests/bench/relatedBench.ts            # 1,000 and 10,000 stories
 *     npx tsx tests/bench/relatedBench.ts 100 5000   # other sizes
 */
import { performance } from "node:perf_hooks";
import {
  checkEdition,
  mentioning,
  relatedTo,
} from "../../src/content/catalogue.ts";
import { syntheticStory } from "./syntheticStories.ts";

export type RelatedTiming = {
  stories: number;
  /** Every story's related list, the index built on the way. */
  relatedMs: number;
  /** Every story's "mentioned in" list. */
  mentioningMs: number;
  /** How many stories got a full list of RELATED_LIMIT. */
  fullLists: number;
  /** Mean related stories per story. */
  meanRelated: number;
};

/**
 * @example (await timeRelated(1000)).relatedMs // about 500 on a 2-core machine
 */
export function timeRelated(count: number): RelatedTiming {
  const files = new Map<string, unknown>();
  for (let index = 1; index <= count; index++) {
    const story = syntheticStory(index);
    files.set(`stories/${story.slug}.json`, story);
  }
  const catalogue = checkEdition(Object.fromEntries(files));

  const start = performance.now();
  let total = 0;
  let fullLists = 0;
  for (const story of catalogue.stories) {
    const related = relatedTo(catalogue, story);
    total += related.length;
    if (related.length >= 6) fullLists++;
  }
  const relatedMs = performance.now() - start;

  const mentionStart = performance.now();
  for (const story of catalogue.stories) mentioning(catalogue, story.slug);
  const mentioningMs = performance.now() - mentionStart;

  return {
    stories: count,
    relatedMs,
    mentioningMs,
    fullLists,
    meanRelated: total / Math.max(1, count),
  };
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  const sizes = process.argv.slice(2).map(Number);
  for (const count of sizes.length > 0 ? sizes : [1000, 10000]) {
    const t = timeRelated(count);
    console.log(
      `${String(t.stories).padStart(6)} stories: related ${(t.relatedMs / 1000).toFixed(2)} s, ` +
        `mentioning ${t.mentioningMs.toFixed(0)} ms, ` +
        `${t.meanRelated.toFixed(2)} related a story, ${t.fullLists} with ${6}`,
    );
  }
}
