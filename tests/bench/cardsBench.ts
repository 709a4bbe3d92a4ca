/**
 * The build's card step over an edition of synthetic stories: first with an
 * empty cache (every card drawn, workers started, fonts loaded), then again
 * (every card reused). Prints figures; asserts nothing (timings depend on
 * the machine; the 200 KB cap is checked by the card tests). The CPU time,
 * the process's with its worker threads, is given too: on a machine busy
 * with other work, the wall-clock time says more about the others.
 *
 *     npx tsx tests/bench/cardsBench.ts              # 1 and 1,000 stories
 *     npx tsx tests/bench/cardsBench.ts 1 1000 10000 # other sizes
 */
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { checkEdition } from "../../src/content/catalogue.ts";
import { writeCards } from "../../src/tools/build/cards/writeCards.ts";
import { siteWriter } from "../../src/tools/build/siteWriter.ts";
import { median } from "./median.ts";
import { syntheticStory } from "./syntheticStories.ts";

export type CardTiming = {
  stories: number;
  /** Stories' cards and the site's. */
  cards: number;
  drawnMs: number;
  /** CPU time of the drawing run, all threads. */
  drawnCpuMs: number;
  reusedMs: number;
  bytes: { min: number; median: number; max: number };
};

/** @example (await timeCards(1000)).drawnMs / 1001 // ms a card, amortized */
export async function timeCards(count: number): Promise<CardTiming> {
  const files = new Map<string, unknown>();
  for (let index = 1; index <= count; index++) {
    const story = syntheticStory(index);
    files.set(`stories/${story.slug}.json`, story);
  }
  const catalogue = checkEdition(Object.fromEntries(files));
  const dir = await mkdtemp(join(tmpdir(), "dateline-cards-bench-"));
  try {
    const cache = join(dir, "cache");
    const clean = siteWriter(join(dir, "site"));
    let start = performance.now();
    const cpu = process.cpuUsage();
    const drawn = await writeCards(clean, catalogue, cache);
    const drawnMs = performance.now() - start;
    const { user, system } = process.cpuUsage(cpu);
    start = performance.now();
    await writeCards(siteWriter(join(dir, "site")), catalogue, cache);
    const reusedMs = performance.now() - start;
    const sizes = clean.written.map(({ bytes }) => bytes);
    return {
      stories: count,
      cards: drawn.drawn,
      drawnMs,
      drawnCpuMs: (user + system) / 1000,
      reusedMs,
      bytes: {
        min: Math.min(...sizes),
        median: median(sizes) ?? 0,
        max: Math.max(...sizes),
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  const sizes = process.argv.slice(2).map(Number);
  for (const count of sizes.length > 0 ? sizes : [1, 1000]) {
    const t = await timeCards(count);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      `${String(t.stories).padStart(6)} stories, ${t.cards} cards: drawn in ${(t.drawnMs / 1000).toFixed(2)} s ` +
        `(${((t.cards * 1000) / t.drawnMs).toFixed(0)} cards/s, ${(t.drawnMs / t.cards).toFixed(1)} ms a card amortized; ` +
        `CPU ${(t.drawnCpuMs / t.cards).toFixed(1)} ms a card on ${availableParallelism()} cores), ` +
        `reused in ${(t.reusedMs / 1000).toFixed(2)} s; ` +
        `sizes ${kb(t.bytes.min)} min, ${kb(t.bytes.median)} median, ${kb(t.bytes.max)} max`,
    );
  }
}
