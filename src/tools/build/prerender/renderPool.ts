/**
 * Drawing pages is the build's biggest step: tens of thousands at 10,000
 * stories. Each core draws a share in a process of its own, which also keeps
 * one process's memory to one share of the work.
 */
import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { PageRun, PageTarget } from "../renderPages.ts";
import type { WriterPart } from "../siteWriter.ts";
import { TemplateError } from "./document.ts";

export type RenderTask = {
  storiesDir: string;
  today: string;
  prerenderDir: string;
  outDir: string;
  template: string;
  code: string;
  previous: Record<string, string>;
  targets: PageTarget[];
};

export type RenderReply =
  | { part: WriterPart; run: PageRun; maxRssKb: number }
  | { error: string; stack?: string | undefined };

/** Fewer pages than this a process are not worth its start-up (about a second). */
const PAGES_PER_PROCESS = 400;
const WORKER = join(import.meta.dirname, "renderWorker.ts");

/**
 * @example const { parts, run } = await renderInPool(task, pageTargets(edition))
 */
export async function renderInPool(
  task: Omit<RenderTask, "targets">,
  targets: PageTarget[],
): Promise<{ parts: WriterPart[]; run: PageRun; maxRssKb: number }> {
  const count = Math.max(
    1,
    Math.min(
      availableParallelism(),
      Math.ceil(targets.length / PAGES_PER_PROCESS),
    ),
  );
  // Dealt round-robin: neighbours in the list (one day's stories, one topic's pages) cost alike.
  const shares = Array.from({ length: count }, (_, i) =>
    targets.filter((_, j) => j % count === i),
  );
  const replies = await Promise.all(
    shares.map((share) => drawInChild({ ...task, targets: share })),
  );
  const run: PageRun = { keys: {}, rendered: 0, kept: 0 };
  for (const reply of replies) {
    Object.assign(run.keys, reply.run.keys);
    run.rendered += reply.run.rendered;
    run.kept += reply.run.kept;
  }
  return {
    parts: replies.map((reply) => reply.part),
    run,
    maxRssKb: Math.max(...replies.map((reply) => reply.maxRssKb)),
  };
}

function drawInChild(
  task: RenderTask,
): Promise<Extract<RenderReply, { part: WriterPart }>> {
  return new Promise((resolve, reject) => {
    // The same Node flags as the build's, so the child reads TypeScript as it does.
    const child = fork(WORKER, {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let reply: RenderReply | undefined;
    child.once("message", (message: RenderReply) => {
      reply = message;
      child.disconnect();
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (reply && "error" in reply)
        reject(
          reply.stack ? new Error(reply.stack) : new TemplateError(reply.error),
        );
      else if (reply) resolve(reply);
      else
        reject(
          new TemplateError(
            `a page-drawing process stopped (exit ${code}) before it finished`,
          ),
        );
    });
    child.send(task);
  });
}
