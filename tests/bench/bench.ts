/**
 * Timings are reported, never asserted: it exits 1 when it could not measure
 * (a build failed), and with --check when a byte cap is passed.
 *
 *     npm run bench                            # --runs 3 --navs 20
 *     npm run bench -- --runs 1 --navs 5       # a quick look
 *     npm run bench -- --stories 1000          # 1, 100 and 1,000 synthetic stories
 *     npm run bench -- --stories 1000 --check  # CI: the byte caps at 1,000
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { BuildError } from "./buildSite.ts";
import { OptionsError, readOptions, USAGE } from "./options.ts";
import { pageBench } from "./pageBench.ts";
import { scaleBench, ScaleError, scaleFailures } from "./scaleBench.ts";

async function main(args: string[]): Promise<void> {
  const options = readOptions(args);
  const report =
    options.stories === undefined
      ? await pageBench(options)
      : await scaleBench(options);
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nreport: ${relative(process.cwd(), options.out)}\n`);
  const failures = report.kind === "scale" ? scaleFailures(report) : [];
  if (failures.length > 0) {
    process.stderr.write(
      `bench: ${failures.map((failure) => `\n  ${failure}`).join("")}\n`,
    );
    process.exitCode = 1;
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof OptionsError)
    process.stderr.write(`bench: ${error.message}\n${USAGE}\n`);
  else if (error instanceof BuildError || error instanceof ScaleError)
    process.stderr.write(`bench: ${error.message}\n`);
  else
    process.stderr.write(
      `bench: ${String(error instanceof Error ? error.stack : error)}\n`,
    );
  process.exitCode = 1;
}
