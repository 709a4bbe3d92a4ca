/**
 * The import command: turns a story in the wire copy's text format into story
 * JSON files, checked before anything is written.
 *
 *     npm run import:story -- <file.txt> --section NAME --topic NAME [--topic NAME…]
 *                             [--slug SLUG] [--force] [--out DIR] [--sources DIR]
 *
 * Writes `<out>/<slug>.json` for the story and for each of its "More:" briefs
 * not already in the edition, and keeps a copy of the text in `<sources>/`
 * (recorded as the story's `source`). The slug is the headline's (slug.ts),
 * or `--slug`. An existing brief or full story with a brief's slug is left
 * alone; a brief with the story's slug is replaced by it. A full story with
 * the story's slug is replaced only if it is the same story, imported from a
 * source of the same name, and only with `--force`; any other is named, and
 * the story needs another `--slug`. A section or topic spelled differently
 * from one of the edition's with the same address ("U.S." and "US") is refused.
 * Any failure (bad text, a bad existing file, a disk that fills up) is one
 * line on stderr and exit code 1, and leaves every file as it was.
 * Node only: it reads and writes files, so it stays out of the app.
 */
import { randomBytes } from "node:crypto";
import {
  open,
  readdir,
  readFile,
  rename,
  stat,
  unlink,
} from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkNames } from "../../content/catalogue.ts";
import {
  parseStory,
  type Brief,
  type FullStory,
  type Story,
} from "../../content/story.ts";
import { UserError } from "../../content/userError.ts";
import { storiesDir } from "../build/loadEdition.ts";
import { runCommand } from "../runCommand.ts";
import { storyFromText, storyJson } from "./storyFromText.ts";

const USAGE =
  "usage: npm run import:story -- <file.txt> --section NAME --topic NAME [--topic NAME...] [--slug SLUG] [--force] [--out DIR] [--sources DIR]";

/**
 * A story's text is a few kilobytes, and 10,000 words about 60 KB; more
 * means the wrong file was given (and would take Markdown's parser long).
 */
export const MAX_BYTES = 256 * 1024;

/** Resolved from this module, not the working directory, so the command works from anywhere. */
const SOURCES_DIR = fileURLToPath(new URL("./sources", import.meta.url));

type Options = {
  file: string;
  section: string;
  topics: string[];
  slug?: string;
  force: boolean;
  out: string;
  sources: string;
};

/** A problem with the input or the folders, reported as one line (see runCommand.ts). */
export class CommandError extends UserError {
  override name = "CommandError";
}

/** One file the command will write, or leave as it is, and why. */
type Step = { path: string; data?: string | Uint8Array; note: string };

/** Things the command takes from its surroundings, fixed by the tests. */
export type Context = {
  /** The importer's calendar day, `YYYY-MM-DD`: later story dates are refused. */
  today: string;
};

function usage(problem: string): never {
  throw new CommandError(`${problem}\n${USAGE}`);
}

/** The local calendar day: an editor dates a story by their own calendar. */
export function localDay(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

function readOptions(args: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        section: { type: "string", multiple: true },
        topic: { type: "string", multiple: true },
        slug: { type: "string", multiple: true },
        force: { type: "boolean", default: false },
        out: { type: "string" },
        sources: { type: "string" },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const { positionals, values } = parsed;
  const [file] = positionals;
  if (file === undefined) usage("no file given");
  if (positionals.length > 1)
    usage(`one file at a time, got ${positionals.length}`);
  const [section, ...extra] = values.section ?? [];
  if (section === undefined) usage("--section is required");
  if (extra.length > 0) usage("--section may be given once");
  const topics = values.topic ?? [];
  if (topics.length === 0) usage("at least one --topic is required");
  const [slug, ...slugs] = values.slug ?? [];
  if (slugs.length > 0) usage("--slug may be given once");
  return {
    file,
    section,
    topics,
    ...(slug !== undefined && { slug }),
    force: values.force,
    // The build's folder (DATELINE_STORIES_DIR, or the app's own), so an import lands where the build reads.
    out: values.out ?? storiesDir(process.env),
    sources: values.sources ?? SOURCES_DIR,
  };
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error &&
    "code" in error &&
    typeof error.code === "string"
    ? error.code
    : undefined;
}

async function readSource(
  file: string,
): Promise<{ bytes: Uint8Array; text: string }> {
  const fail = (problem: string): never => {
    throw new CommandError(`${file}: ${problem}`);
  };
  try {
    const info = await stat(file);
    if (!info.isFile()) fail("is not a file");
    if (info.size > MAX_BYTES)
      fail(
        `is ${info.size} bytes, expected a story's text (at most ${MAX_BYTES / 1024} KB)`,
      );
    const bytes = await readFile(file);
    if (bytes.byteLength > MAX_BYTES)
      fail(`grew past ${MAX_BYTES / 1024} KB while being read`);
    return { bytes, text: utf8(bytes, fail) };
  } catch (error) {
    if (error instanceof CommandError) throw error;
    if (errorCode(error) === "ENOENT") return fail("no such file");
    if (errorCode(error) === "EACCES")
      return fail("cannot be read (permission denied)");
    return fail(
      `cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The text of `bytes`, or a failure naming the line of the first byte that is not UTF-8. */
function utf8(bytes: Uint8Array, fail: (problem: string) => never): string {
  try {
    // `fatal` makes bytes that are not UTF-8 an error instead of U+FFFD.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const line = lossy
      .slice(0, Math.max(0, lossy.indexOf("\uFFFD")))
      .split(/\r\n|\r|\n/).length;
    return fail(
      `line ${line}: bytes that are not UTF-8 text, expected UTF-8: is this a binary file?`,
    );
  }
}

async function requireDirectory(dir: string, option: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory())
    throw new CommandError(`${option} ${dir}: no such directory`);
}

async function readIfExists(path: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    if (errorCode(error) === "EISDIR")
      throw new CommandError(
        `${shown(path)}: is a folder, expected a file or nothing there`,
      );
    throw new CommandError(
      `${shown(path)}: cannot be read (${errorCode(error) ?? String(error)})`,
    );
  }
}

type Existing =
  | { state: "missing" }
  | { state: "story"; story: Story; text: string }
  | { state: "invalid"; problem: string };

async function existingStory(path: string): Promise<Existing> {
  const bytes = await readIfExists(path);
  if (bytes === undefined) return { state: "missing" };
  const text = Buffer.from(bytes).toString("utf8");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      state: "invalid",
      problem: `${shown(path)}: not valid JSON: ${error instanceof Error ? error.message : ""}`,
    };
  }
  try {
    return { state: "story", story: parseStory(data, shown(path)), text };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { state: "invalid", problem: error.message };
  }
}

/** Paths as the person running the command would type them. */
function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** A file written in full beside its destination, waiting to be renamed into place. */
type Staged = { temp: string; path: string };

/**
 * Writes `data` to a temporary file beside `path`, flushed to disk. Renaming
 * it into place later is atomic, so a reader (or the dev server) never sees
 * half a file, even if this process dies.
 */
async function stage(path: string, data: string | Uint8Array): Promise<Staged> {
  const temp = join(
    dirname(path),
    // Not named after the file: a name near the 255-byte limit must not overflow it.
    `.import.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return { temp, path };
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new CommandError(
      `${shown(path)}: cannot be written (${errorCode(error) ?? String(error)}); nothing was changed`,
    );
  }
}

/**
 * Writes every step's file or none: each is staged in full first, and only
 * when all are on disk are they renamed into place. A full disk halfway
 * through leaves no story without its briefs, and no temporary file behind.
 */
async function writeAll(steps: Step[]): Promise<void> {
  const staged: Staged[] = [];
  try {
    for (const { path, data } of steps)
      if (data !== undefined) staged.push(await stage(path, data));
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => unlink(temp).catch(() => {})));
    throw error;
  }
  for (const [i, { temp, path }] of staged.entries()) {
    try {
      await rename(temp, path);
    } catch (error) {
      const left = staged.slice(i);
      await Promise.all(left.map(({ temp }) => unlink(temp).catch(() => {})));
      throw new CommandError(
        `${shown(path)}: cannot be put in place (${errorCode(error) ?? String(error)}); ${i} of ${staged.length} files were written before it`,
      );
    }
  }
}

/** Plans every write, checking everything first; writes nothing if any check fails. */
async function plan(options: Options, { today }: Context): Promise<Step[]> {
  const { file, force } = options;
  await requireDirectory(options.out, "--out");
  await requireDirectory(options.sources, "--sources");
  const { bytes, text } = await readSource(file);
  const name = basename(file);
  let converted;
  try {
    converted = storyFromText(text, {
      section: options.section,
      topics: options.topics,
      source: `sources/${name}`,
      today,
      ...(options.slug !== undefined && { slug: options.slug }),
    });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new CommandError(`${file}: ${error.message}`);
  }
  const { story, briefs } = converted;
  const at = (slug: string) => join(options.out, `${slug}.json`);
  await checkEditionNames(file, options.out, story);
  return [
    await sourceStep(file, join(options.sources, name), bytes),
    // Briefs before the story, so a story never names a related file not yet written.
    ...(await Promise.all(
      briefs.map((brief) => briefStep(file, at(brief.slug), brief)),
    )),
    await storyStep(file, at(story.slug), story, force),
  ];
}

/**
 * Refuses a section or topic that would share its address with a different
 * spelling in the edition (checkNames, as the build does). Files that are not
 * valid stories are passed over: the build names them.
 */
async function checkEditionNames(
  file: string,
  out: string,
  story: FullStory,
): Promise<void> {
  const others: { file: string; story: Story }[] = [];
  for (const name of (await readdir(out)).sort()) {
    if (!name.endsWith(".json") || name === `${story.slug}.json`) continue;
    const existing = await existingStory(join(out, name));
    if (existing.state === "story")
      others.push({ file: shown(join(out, name)), story: existing.story });
  }
  try {
    checkNames([...others, { file, story }]);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new CommandError(error.message);
  }
}

/** Keeps a copy of the source text; a different text under the same name is an error. */
async function sourceStep(
  file: string,
  path: string,
  bytes: Uint8Array,
): Promise<Step> {
  const copied = await readIfExists(path);
  if (copied === undefined)
    return { path, data: bytes, note: "copied the source text" };
  if (Buffer.compare(copied, bytes) === 0)
    return { path, note: "kept (same text already there)" };
  throw new CommandError(
    `${file}: ${shown(path)} already exists with different text; rename the file, or edit the copy and import that`,
  );
}

/** A brief is written only where nothing is: an existing brief or full story wins. */
async function briefStep(
  file: string,
  path: string,
  brief: Brief,
): Promise<Step> {
  const existing = await existingStory(path);
  switch (existing.state) {
    case "missing":
      return { path, data: storyJson(brief), note: "wrote (brief)" };
    case "story":
      return {
        path,
        note: `kept (already there: ${existing.story.kind === "full" ? "a full story" : "a brief"})`,
      };
    case "invalid":
      throw new CommandError(
        `${file}: ${existing.problem}; fix or delete that file`,
      );
  }
}

/**
 * The story replaces a brief of its slug. A full story is replaced only if it
 * is the same story, imported from a source text of the same name (an edited
 * copy, re-imported), and only with --force; replacing another would leave
 * its source text belonging to no story, so that is never done.
 */
async function storyStep(
  file: string,
  path: string,
  story: FullStory,
  force: boolean,
): Promise<Step> {
  const existing = await existingStory(path);
  const data = storyJson(story);
  if (existing.state === "missing")
    return { path, data, note: "wrote (full story)" };
  if (existing.state === "story" && existing.text === data)
    return { path, note: "kept (unchanged)" };
  if (existing.state === "story" && existing.story.kind === "brief") {
    return { path, data, note: "wrote (full story, replacing the brief)" };
  }
  const other = existing.state === "story" ? existing.story : undefined;
  if (other?.kind === "full" && other.source !== story.source) {
    const { headline, source } = other;
    throw new CommandError(
      `${file}: the address "${story.slug}" is taken by ${shown(path)}, ${JSON.stringify(headline)} (${source === undefined ? "written by hand" : `from ${source}`}), another story; give this one its own with --slug`,
    );
  }
  if (force)
    return {
      path,
      data,
      note: "wrote (full story, replacing the old file: --force)",
    };
  throw new CommandError(
    existing.state === "story"
      ? `${file}: ${shown(path)} already holds a different version of this story; use --force to replace it`
      : `${file}: ${existing.problem}; fix or delete that file, or use --force`,
  );
}

/**
 * Runs the command: checks everything, then writes every file or none.
 *
 * @returns a line for each file, saying what was done with it
 * @throws CommandError with a one-line message (plus the usage, for bad options)
 * @example await importStory(["story.txt", "--section", "World", "--topic", "Russia"], { today: localDay() })
 */
export async function importStory(
  args: string[],
  context: Context,
): Promise<string[]> {
  const steps = await plan(readOptions(args), context);
  await writeAll(steps);
  return steps.map((step) => `${shown(step.path)}: ${step.note}`);
}

// Run as a command (`tsx src/tools/import/importStory.ts`), not when a test imports it.
if (
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  runCommand("import:story", async () => {
    const lines = await importStory(process.argv.slice(2), {
      today: localDay(),
    });
    for (const line of lines) process.stdout.write(`${line}\n`);
  });
}
