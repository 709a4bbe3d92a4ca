/** The build's own table (one line per file) is kept back unless the build fails. */
import { spawn } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
/** Lines of output shown when a build fails. */
const SHOWN_LINES = 40;

export class BuildError extends Error {
  override name = "BuildError";
}

/**
 * Wall-clock time, npm's start-up included, and everything the build printed
 * (stdout and stderr, in the order they came), for the figures it reports.
 *
 * @example
 *   const { ms, output } = await buildSite("/tmp/site", { DATELINE_BUILD_DATE: "2026-01-01" });
 *   peakMemoryMb(output); // → 412, from its "peak memory: 412 MB" line
 */
export async function buildSite(
  outDir: string,
  env: Record<string, string>,
  /** More of the build's own options, e.g. ["--clean"]. */
  args: string[] = [],
): Promise<{ ms: number; output: string }> {
  const started = performance.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolveExit, rejectExit) => {
    const child = spawn(
      "npm",
      ["run", "build", "--", "--out-dir", outDir, ...args],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.once("error", rejectExit);
    child.once("close", resolveExit);
  });
  const ms = performance.now() - started;
  if (code !== 0) {
    const tail = output.join("").trimEnd().split("\n").slice(-SHOWN_LINES);
    throw new BuildError(
      `npm run build failed (exit ${code}):\n${tail.join("\n")}`,
    );
  }
  return { ms, output: output.join("") };
}
