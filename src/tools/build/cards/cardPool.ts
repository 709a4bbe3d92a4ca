/**
 * Cards are drawn in worker threads, one a core: each loads the fonts once
 * and takes small batches off a shared queue until none is left, so a slow
 * card (a long headline shrinks through more sizes) holds up no other core.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CardContent } from "./drawCard.tsx";

export type CardJob = { key: string; content: CardContent };
export type CardBatch = { jobs: CardJob[] };
export type CardReply =
  { cards: { key: string; png: Uint8Array }[] } | { error: string };

/** Small enough to spread the last cards over both cores, large enough that messages cost nothing. */
const BATCH = 8;
/** A worker costs a few hundred milliseconds to start (TypeScript, fonts): fewer cards than this share one. */
const CARDS_PER_WORKER = 24;

/**
 * @param onCard called with each card as it is drawn, in no particular order
 * @example await drawInPool([{ key, content: { kind: "site" } }], (key, png) => save(key, png))
 */
export async function drawInPool(
  jobs: CardJob[],
  onCard: (key: string, png: Buffer) => Promise<void>,
): Promise<void> {
  const queue: CardBatch[] = [];
  for (let i = 0; i < jobs.length; i += BATCH)
    queue.push({ jobs: jobs.slice(i, i + BATCH) });
  const count = Math.min(
    availableParallelism(),
    Math.ceil(jobs.length / CARDS_PER_WORKER),
  );
  await Promise.all(
    Array.from({ length: count }, () => drawInWorker(queue, onCard)),
  );
}

async function drawInWorker(
  queue: CardBatch[],
  onCard: (key: string, png: Buffer) => Promise<void>,
): Promise<void> {
  const worker = startWorker();
  try {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      const reply = await ask(worker, batch);
      if ("error" in reply)
        throw new Error(`a card-drawing worker failed: ${reply.error}`);
      for (const card of reply.cards)
        await onCard(
          card.key,
          Buffer.from(
            card.png.buffer,
            card.png.byteOffset,
            card.png.byteLength,
          ),
        );
    }
  } finally {
    await worker.terminate();
  }
}

function ask(worker: Worker, batch: CardBatch): Promise<CardReply> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      worker.off("message", done);
      worker.off("error", failed);
      worker.off("exit", exited);
    };
    const done = (reply: CardReply) => {
      stop();
      resolve(reply);
    };
    const failed = (error: Error) => {
      stop();
      reject(error);
    };
    const exited = (code: number) => {
      stop();
      reject(
        new Error(
          `a card-drawing worker stopped (exit ${code}) before it finished`,
        ),
      );
    };
    worker.on("message", done);
    worker.on("error", failed);
    worker.on("exit", exited);
    worker.postMessage(batch);
  });
}

/**
 * Node 20 gives worker threads none of the loader hooks the build runs
 * under (tsx), so a worker registers tsx itself, in a small ES module
 * before it imports the TypeScript one. Works the same under the tests.
 */
function startWorker(): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./cardWorker.ts", import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  return new Worker(
    new URL(`data:text/javascript,${encodeURIComponent(boot)}`),
  );
}
