// A worker thread of the card step (cardPool.ts): loads the fonts once, then
// draws each batch of cards it is sent and sends back their PNG bytes.
import { parentPort } from "node:worker_threads";
import { loadCardFonts } from "./cardFonts.ts";
import type { CardBatch, CardReply } from "./cardPool.ts";
import { drawCard } from "./drawCard.tsx";

const fonts = loadCardFonts();
const port = parentPort;

port?.on("message", (batch: CardBatch) => {
  void drawBatch(batch).then(
    (reply) =>
      port.postMessage(
        reply,
        reply.cards.map((card) => card.png.buffer),
      ),
    (error: unknown) =>
      port.postMessage({
        error:
          error instanceof Error
            ? (error.stack ?? error.message)
            : String(error),
      } satisfies CardReply),
  );
});

async function drawBatch(batch: CardBatch) {
  const cards = [];
  for (const job of batch.jobs) {
    const png = await drawCard(job.content, fonts);
    // Its own buffer, not a slice of a shared pool, so it can be handed over without a copy.
    cards.push({ key: job.key, png: new Uint8Array(png) });
  }
  return { cards } satisfies CardReply;
}
