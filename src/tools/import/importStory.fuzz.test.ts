// @vitest-environment node
/**
 * Property tests of the import command on input no one would write: random
 * text, random bytes, the seed cut short or with a character changed, and
 * floods of Markdown markup. Whatever comes in, the command either imports a
 * valid story or fails with one line naming the file (and the line, where
 * there is one), and a failure leaves every file as it was. In-process, so
 * hundreds of runs take seconds; importStory.test.ts runs the real command.
 */
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { expect, test } from "vitest";
import { CommandError, importStory, MAX_BYTES } from "./importStory.ts";
import { parseStory } from "../../content/story.ts";
import { storyFromText, WireTextError } from "./storyFromText.ts";

const ROOT = join(import.meta.dirname, "../../..");
const SEED_SOURCE = join(
  ROOT,
  "src/tools/import/sources/000_d3ee9ce1057ffd97.txt",
);
const SEED_SLUG =
  "russia-trump-promised-to-make-visit-to-moscow-if-putin-accepts-invite-to-white-house";
const TODAY = "2026-11-28";
const OPTIONS = { section: "World", topics: ["Testing"], today: TODAY };
/** The same runs every time; FAST_CHECK_SEED=<n> explores others. */
const SEED = Number(process.env["FAST_CHECK_SEED"] ?? 20180420);

const seedText = await readFile(SEED_SOURCE, "utf8");

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** Pieces of story text and of what breaks it, for text that is nearly a story. */
const fragment = fc.constantFrom(
  ...seedText.split("\n").filter((line) => line !== ""),
  "\n",
  "\n\n",
  "\r\n",
  "Headline",
  "20/04/2018",
  "31/02/2018",
  "01/01/2999",
  "2018-04-20",
  "*",
  "**",
  "_",
  "[",
  "](#)",
  "](javascript:alert(1))",
  "](//evil.example)",
  "](/\\evil.example)",
  "**More:** [",
  "*Contributing: ",
  "<script>alert(1)</script>",
  "&lt;b&gt;",
  "> ",
  "- ",
  "+ ",
  "1. ",
  "# ",
  "---",
  "    ",
  "`",
  "\\",
  "\u0000",
  "\uFEFF",
  "\uFFFD",
  "مرحبا",
  "👋🏽",
  "e\u0301",
  // Headlines in any script, and what must not hide in them.
  "Россия 2018: визит",
  "Η Ελλάδα ψηφίζει",
  "中国宣布新的经济政策",
  "ישראל",
  "می\u200Cخواهم",
  "🚀",
  "👨\u200D👩\u200D👧",
  "\u202E",
  "\u2066",
  "\u200B",
  "\u200D",
  "01/01/0000",
  "Search",
  "Constructor",
  "x".repeat(120),
);
const nearlyAStory = fc
  .array(fragment, { maxLength: 60 })
  .map((parts) => parts.join(""));
/** Any Unicode at all, lone surrogates included. */
const anyText = fc.string({ unit: "binary", maxLength: 400 });
/** The seed cut off anywhere. */
const truncatedSeed = fc
  .nat({ max: seedText.length })
  .map((end) => seedText.slice(0, end));
/** The seed with one stretch replaced by random text. */
const mutatedSeed = fc
  .tuple(
    fc.nat({ max: seedText.length }),
    fc.nat({ max: 20 }),
    fc.string({ unit: "binary", maxLength: 10 }),
  )
  .map(
    ([at, cut, put]) => seedText.slice(0, at) + put + seedText.slice(at + cut),
  );
const storyLikeText = fc.oneof(
  nearlyAStory,
  anyText,
  truncatedSeed,
  mutatedSeed,
);

test("storyFromText gives a valid story or a WireTextError on a line of the text, for any text", () => {
  fc.assert(
    fc.property(storyLikeText, (text) => {
      let result;
      try {
        result = storyFromText(text, OPTIONS);
      } catch (error) {
        expect(error).toBeInstanceOf(WireTextError);
        const { line, message } = error as WireTextError;
        if (line !== undefined) {
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lineCount(text));
          expect(message.startsWith(`line ${line}: `)).toBe(true);
        }
        expect(message).not.toContain("\n");
        return;
      }
      for (const story of [result.story, ...result.briefs])
        expect(parseStory(story, "story")).toEqual(story);
    }),
    { numRuns: 1000, seed: SEED },
  );
});

test("every prefix of the seed is a story or an error with its line", () => {
  for (let end = 0; end <= seedText.length; end += 1) {
    const text = seedText.slice(0, end);
    try {
      storyFromText(text, OPTIONS);
    } catch (error) {
      expect(error, `cut at ${end}`).toBeInstanceOf(WireTextError);
      expect(
        (error as WireTextError).line,
        `cut at ${end}`,
      ).toBeLessThanOrEqual(lineCount(text));
    }
  }
});

/** Every file under `dir`, with its bytes, so a run can be compared with the state before it. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, {
    recursive: true,
    withFileTypes: true,
  }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(path, (await readFile(path)).toString("base64"));
    }
  return files;
}

/**
 * Imports `input` with --force into a folder that already holds a different
 * version of the seed's story, and checks what the command promises.
 */
async function importChecked(input: Uint8Array): Promise<string | undefined> {
  const temp = await mkdtemp(join(tmpdir(), "dateline-fuzz-"));
  try {
    const out = join(temp, "stories");
    const sources = join(temp, "sources");
    await Promise.all([mkdir(out), mkdir(sources)]);
    await writeFile(
      join(out, `${SEED_SLUG}.json`),
      `${JSON.stringify({ kind: "brief", slug: SEED_SLUG, headline: "An older version" }, null, 2)}\n`,
    );
    const file = join(temp, "story.txt");
    await writeFile(file, input);
    const before = await snapshot(temp);
    const args = [file, "--section", "World", "--topic", "Testing", "--force"];
    try {
      await importStory([...args, "--out", out, "--sources", sources], {
        today: TODAY,
      });
    } catch (error) {
      // An input problem, said in one line that starts with the file's name.
      expect(error).toBeInstanceOf(CommandError);
      const { message } = error as CommandError;
      expect(message).not.toContain("\n");
      expect(message.startsWith(`${file}: `)).toBe(true);
      const line = /^[^:]+: line (\d+): /.exec(message)?.[1];
      if (line !== undefined)
        expect(Number(line)).toBeLessThanOrEqual(
          lineCount(new TextDecoder().decode(input)),
        );
      // Nothing written, nothing replaced, nothing left behind.
      expect(await snapshot(temp)).toEqual(before);
      return message;
    }
    // Imported: every story file is valid, the source is copied as it was, no temporary file is left.
    const after = await snapshot(temp);
    for (const path of after.keys()) expect(path).not.toMatch(/\.tmp$/);
    for (const name of await readdir(out))
      parseStory(JSON.parse(await readFile(join(out, name), "utf8")), name);
    expect(await readFile(join(sources, "story.txt"))).toEqual(
      Buffer.from(input),
    );
    return undefined;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

test("the command imports or fails cleanly on random bytes", async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
      await importChecked(bytes);
    }),
    { numRuns: 150, seed: SEED },
  );
});

test("the command imports or fails cleanly on nearly-stories, truncated and changed seeds", async () => {
  await fc.assert(
    fc.asyncProperty(storyLikeText, async (text) => {
      await importChecked(new TextEncoder().encode(text));
    }),
    { numRuns: 150, seed: SEED },
  );
});

test("the command refuses a file just over its size limit, and reads one just under it", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: MAX_BYTES - 64, max: MAX_BYTES + 64 }),
      async (size) => {
        const head = new TextEncoder().encode("Headline\n\n20/04/2018\n\n");
        const input = new Uint8Array(size).fill(0x61); // "a"
        input.set(head);
        const failure = await importChecked(input);
        if (size > MAX_BYTES)
          expect(failure).toMatch(/: is \d+ bytes, expected a story's text/);
        else expect(failure).toBeUndefined();
      },
    ),
    { numRuns: 8, seed: SEED },
  );
});
