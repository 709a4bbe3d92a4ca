// A child process of the build (renderPool.ts): loads the stories and the
// pre-render bundle itself, draws its share of the pages into the output
// folder, and sends back what it wrote.
import { createHash } from "node:crypto";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { HEAD_SCRIPT } from "../../../app/settings/headScript.ts";
import { UserError } from "../../../content/userError.ts";
import { loadEdition } from "../loadEdition.ts";
import { renderPages } from "../renderPages.ts";
import { siteWriter } from "../siteWriter.ts";
import type { PrerenderEntry } from "./bundle.ts";
import { bootHead } from "./document.ts";
import type { RenderTask, RenderReply } from "./renderPool.ts";

process.once("message", (task: RenderTask) => {
  void draw(task).then(
    (reply) => process.send?.(reply),
    (error: unknown) =>
      process.send?.({
        error: error instanceof Error ? error.message : String(error),
        // A problem for the user (bad data, a bad template) needs no stack; a bug does.
        ...(error instanceof Error &&
          !(error instanceof UserError) && { stack: error.stack }),
      } satisfies RenderReply),
  );
});

async function draw(task: RenderTask): Promise<RenderReply> {
  const catalogue = loadEdition(task.storiesDir, { today: task.today });
  const entry = (await import(
    pathToFileURL(join(task.prerenderDir, "edition.js")).href
  )) as PrerenderEntry;
  const output = siteWriter(task.outDir);
  const run = await renderPages(
    entry.prepareEdition(catalogue),
    task.targets,
    output,
    {
      template: task.template,
      // Hashed here, from the very string bootHead inserts, so the policy allows exactly it.
      boot: bootHead(
        HEAD_SCRIPT,
        createHash("sha256").update(HEAD_SCRIPT, "utf8").digest("base64"),
      ),
      code: task.code,
    },
    task.previous,
  );
  return {
    part: output.part(),
    run,
    maxRssKb: process.resourceUsage().maxRSS,
  };
}
