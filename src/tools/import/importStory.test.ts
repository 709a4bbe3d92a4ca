import { spawnSync } from "node:child_process";
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
import { afterEach, beforeEach, expect, test } from "vitest";
import { parseStory } from "../../content/story.ts";

const ROOT = join(import.meta.dirname, "../../..");
const STORIES = join(ROOT, "src/content/stories");
const SEED = join(ROOT, "src/tools/import/sources/000_d3ee9ce1057ffd97.txt");
const SEED_SLUG =
  "russia-trump-promised-to-make-visit-to-moscow-if-putin-accepts-invite-to-white-house";
const BRIEF_SLUGS = [
  "trump-wont-say-whether-he-would-fire-mueller-but-notes-that-hes-still-here",
  "russia-unscrupulous-us-behavior-destabilizes-world",
  "lavrov-rejects-as-claptrap-charges-of-russian-election-meddling",
];
const CLASSIFY = [
  "--section",
  "World",
  "--topic",
  "Russia",
  "--topic",
  "Donald Trump",
  "--topic",
  "Vladimir Putin",
];

/** Each command starts a TypeScript process: allow for a slow machine. */
const SLOW = 60_000;

let temp = "";
let out = "";
let sources = "";

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), "dateline-import-"));
  out = join(temp, "stories");
  sources = join(temp, "sources");
  await Promise.all([mkdir(out), mkdir(sources)]);
});

afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

/** Runs the import command as a person would, into the temporary directories. */
function importStory(...args: string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
} {
  const result = spawnSync(
    join(ROOT, "node_modules/.bin/tsx"),
    [
      "src/tools/import/importStory.ts",
      ...args,
      "--out",
      out,
      "--sources",
      sources,
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

async function written(): Promise<string[]> {
  const [stories, copies] = await Promise.all([readdir(out), readdir(sources)]);
  return [
    ...stories.map((name) => `stories/${name}`),
    ...copies.map((name) => `sources/${name}`),
  ].sort();
}

async function storyFile(slug: string): Promise<unknown> {
  return JSON.parse(await readFile(join(out, `${slug}.json`), "utf8"));
}

async function input(name: string, text: string | Uint8Array): Promise<string> {
  const path = join(temp, name);
  await writeFile(path, text);
  return path;
}

test(
  "importing the seed writes the story, its briefs and a copy of the text",
  async () => {
    const result = importStory(SEED, ...CLASSIFY);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(await written()).toEqual(
      [
        "sources/000_d3ee9ce1057ffd97.txt",
        `stories/${SEED_SLUG}.json`,
        ...BRIEF_SLUGS.map((slug) => `stories/${slug}.json`),
      ].sort(),
    );
    const story = parseStory(await storyFile(SEED_SLUG), "story");
    expect(story).toMatchObject({
      kind: "full",
      source: "sources/000_d3ee9ce1057ffd97.txt",
      related: BRIEF_SLUGS,
    });
    for (const slug of BRIEF_SLUGS)
      expect(parseStory(await storyFile(slug), slug)).toMatchObject({
        kind: "brief",
        slug,
      });
    expect(
      await readFile(join(sources, "000_d3ee9ce1057ffd97.txt"), "utf8"),
    ).toBe(await readFile(SEED, "utf8"));
    expect(result.stdout).toContain(`${SEED_SLUG}.json: wrote (full story)`);
    expect(result.stdout).toContain(`${BRIEF_SLUGS[0]}.json: wrote (brief)`);
  },
  SLOW,
);

test(
  "re-importing a committed story's source gives the committed file, byte for byte",
  async () => {
    const committed = await readFile(
      join(STORIES, `${SEED_SLUG}.json`),
      "utf8",
    );
    const story = parseStory(
      JSON.parse(committed),
      `stories/${SEED_SLUG}.json`,
    );
    if (story.kind !== "full" || story.source === undefined)
      throw new Error("the seed's story must be full, with a source");
    const topics = story.topics.flatMap((topic) => ["--topic", topic]);
    const result = importStory(
      join(ROOT, "src/tools/import", story.source),
      "--section",
      story.section,
      ...topics,
    );
    expect(result.stderr).toBe("");
    const reimported = await readFile(join(out, `${SEED_SLUG}.json`), "utf8");
    expect(JSON.parse(reimported)).toEqual(JSON.parse(committed));
    expect(reimported).toBe(committed);
    for (const slug of BRIEF_SLUGS) {
      expect(await readFile(join(out, `${slug}.json`), "utf8")).toBe(
        await readFile(join(STORIES, `${slug}.json`), "utf8"),
      );
    }
  },
  SLOW,
);

test(
  "running the import twice changes nothing the second time",
  async () => {
    expect(importStory(SEED, ...CLASSIFY).status).toBe(0);
    const files = await written();
    const before = await Promise.all(
      files.map((file) => readFile(join(temp, file), "utf8")),
    );
    const again = importStory(SEED, ...CLASSIFY);
    expect(again.status).toBe(0);
    expect(again.stdout).not.toContain("wrote");
    expect(again.stdout).toContain(`${SEED_SLUG}.json: kept (unchanged)`);
    expect(await written()).toEqual(files);
    expect(
      await Promise.all(
        files.map((file) => readFile(join(temp, file), "utf8")),
      ),
    ).toEqual(before);
  },
  SLOW,
);

test(
  "an existing brief file is left as it is",
  async () => {
    const slug = BRIEF_SLUGS[1] ?? "";
    const mine = `${JSON.stringify({ kind: "brief", slug, headline: "Russia: “Unscrupulous” U.S. behavior destabilizes world" }, null, 2)}\n`;
    await writeFile(join(out, `${slug}.json`), mine);
    const result = importStory(SEED, ...CLASSIFY);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `${slug}.json: kept (already there: a brief)`,
    );
    expect(await readFile(join(out, `${slug}.json`), "utf8")).toBe(mine);
  },
  SLOW,
);

test(
  "a story file that is not valid story data stops the import, and nothing is written",
  async () => {
    const slug = BRIEF_SLUGS[2] ?? "";
    await writeFile(join(out, `${slug}.json`), "{");
    const broken = importStory(SEED, ...CLASSIFY);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(
      /^import:story: .*\.json: not valid JSON: .*; fix or delete that file\n$/,
    );
    await writeFile(
      join(out, `${slug}.json`),
      JSON.stringify({ kind: "brief", slug: "Not A Slug", headline: "x" }),
    );
    expect(importStory(SEED, ...CLASSIFY).stderr).toContain(
      `${slug}.json: slug: must be lower-case words joined by hyphens`,
    );
    expect(await written()).toEqual([`stories/${slug}.json`]);
  },
  SLOW,
);

test(
  "a full story replaces a brief with its slug, but not a different full story unless --force",
  async () => {
    const text =
      "Other story\n\n01/05/2018\n\nIts body.\n\n**More:** [Russia: Trump promised to make visit to Moscow if Putin accepts invite to White House](#)\n";
    expect(
      importStory(await input("other.txt", text), ...CLASSIFY).status,
    ).toBe(0);
    expect(await storyFile(SEED_SLUG)).toMatchObject({ kind: "brief" });

    expect(importStory(SEED, ...CLASSIFY).status).toBe(0);
    expect(await storyFile(SEED_SLUG)).toMatchObject({
      kind: "full",
      published: "2018-04-20",
    });
    // The other story's full file is not turned back into a brief.
    expect(await storyFile("other-story")).toMatchObject({ kind: "full" });

    const changed = await input(
      "000_d3ee9ce1057ffd97.txt",
      (await readFile(SEED, "utf8")).replace("20/04/2018", "21/04/2018"),
    );
    await rm(join(sources, "000_d3ee9ce1057ffd97.txt"));
    const refused = importStory(changed, ...CLASSIFY);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      `${SEED_SLUG}.json already holds a different version of this story; use --force`,
    );
    expect(await storyFile(SEED_SLUG)).toMatchObject({
      published: "2018-04-20",
    });
    expect(await written()).not.toContain("sources/000_d3ee9ce1057ffd97.txt");

    expect(importStory(changed, ...CLASSIFY, "--force").status).toBe(0);
    expect(await storyFile(SEED_SLUG)).toMatchObject({
      published: "2018-04-21",
    });
  },
  SLOW,
);

test(
  "bad text fails with the file and line, exit code 1, no stack trace and nothing written",
  async () => {
    const file = await input("bad.txt", "Headline\n\n31/02/2018\n\nBody.\n");
    const result = importStory(file, ...CLASSIFY);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `import:story: ${file}: line 3: 31/02/2018, which is not a real date, expected the date written dd/mm/yyyy (day/month/year)\n`,
    );
    expect(result.stdout).toBe("");
    expect(await written()).toEqual([]);
  },
  SLOW,
);

test(
  "a missing, binary, non-UTF-8 or oversized file is refused",
  async () => {
    const missing = join(temp, "missing.txt");
    expect(importStory(missing, ...CLASSIFY).stderr).toBe(
      `import:story: ${missing}: no such file\n`,
    );

    const binary = await input(
      "binary.txt",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
    );
    expect(importStory(binary, ...CLASSIFY).stderr).toBe(
      `import:story: ${binary}: line 1: bytes that are not UTF-8 text, expected UTF-8: is this a binary file?\n`,
    );

    const nul = await input(
      "nul.txt",
      "Headline\n\n20/04/2018\n\nBody\u0000.\n",
    );
    expect(importStory(nul, ...CLASSIFY).stderr).toBe(
      `import:story: ${nul}: line 5: a control character (U+0000), expected text: is this a binary file?\n`,
    );

    const huge = await input(
      "huge.txt",
      `Headline\n\n20/04/2018\n\n${"word ".repeat(220_000)}\n`,
    );
    const result = importStory(huge, ...CLASSIFY);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^import:story: .*huge\.txt: is \d+ bytes, expected a story's text \(at most 256 KB\)\n$/,
    );

    expect(importStory(temp, ...CLASSIFY).stderr).toBe(
      `import:story: ${temp}: is not a file\n`,
    );
    expect(await written()).toEqual([]);
  },
  SLOW,
);

test(
  "a source name already used for different text is refused before anything is written",
  async () => {
    await writeFile(
      join(sources, "000_d3ee9ce1057ffd97.txt"),
      "Another story's text\n",
    );
    const result = importStory(SEED, ...CLASSIFY);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "000_d3ee9ce1057ffd97.txt already exists with different text",
    );
    expect(await written()).toEqual(["sources/000_d3ee9ce1057ffd97.txt"]);
  },
  SLOW,
);

test(
  "missing options are refused with the usage",
  async () => {
    const noSection = importStory(SEED, "--topic", "Russia");
    expect(noSection.status).toBe(1);
    expect(noSection.stderr).toMatch(
      /^import:story: --section is required\nusage: npm run import:story -- <file\.txt>/,
    );
    expect(importStory(SEED, "--section", "World").stderr).toMatch(
      /^import:story: at least one --topic is required\n/,
    );
    expect(
      importStory("--section", "World", "--topic", "Russia").stderr,
    ).toMatch(/^import:story: no file given\n/);
    expect(importStory(SEED, ...CLASSIFY, "--topc", "x").stderr).toMatch(
      /^import:story: Unknown option '--topc'/,
    );
    const repeated = importStory(
      SEED,
      "--section",
      "World",
      "--topic",
      "Russia",
      "--topic",
      "Russia",
    );
    expect(repeated.stderr).toBe(
      `import:story: ${SEED}: topics[1]: repeats "Russia"\n`,
    );
    expect(await written()).toEqual([]);
  },
  SLOW,
);

test(
  "binary, truncated, huge and missing files fail in one line, and leave an existing story and the folders as they were",
  async () => {
    const older = `${JSON.stringify({ kind: "brief", slug: SEED_SLUG, headline: "An older version" }, null, 2)}\n`;
    await writeFile(join(out, `${SEED_SLUG}.json`), older);
    const seed = await readFile(SEED, "utf8");
    const cases: [string, string | Uint8Array | undefined, RegExp][] = [
      [
        // Text, then bytes that are not: the message names the line they start on.
        "binary.txt",
        Buffer.concat([
          Buffer.from("Headline\n\n20/04/2018\n\n"),
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]),
        ]),
        /: line 5: bytes that are not UTF-8 text/,
      ],
      [
        // Cut inside the first More line's link: its text is there, its target is not.
        "truncated.txt",
        seed.slice(0, seed.indexOf("**More:**") + 20),
        /: line 33: "\*\*More:\*\* \[Trump won", expected a line written \*\*More:\*\* \[Headline\]\(#\)/,
      ],
      [
        "huge.txt",
        `${seed}${"word ".repeat(60_000)}`,
        /: is \d+ bytes, expected a story's text \(at most 256 KB\)/,
      ],
      ["missing.txt", undefined, /: no such file/],
    ];
    for (const [name, text, problem] of cases) {
      const file = join(temp, name);
      if (text !== undefined) await writeFile(file, text);
      // --force: even told to replace the story, a failed import must not.
      const result = importStory(file, ...CLASSIFY, "--force");
      expect(result.status, name).toBe(1);
      expect(result.stderr, name).toMatch(
        new RegExp(`^import:story: ${file}${problem.source}.*\\n$`),
      );
      expect(result.stderr, name).not.toMatch(/\n.*\n|\bat .*:\d+:\d+/);
      expect(result.stdout, name).toBe("");
      expect(await written(), name).toEqual([`stories/${SEED_SLUG}.json`]);
      expect(await readFile(join(out, `${SEED_SLUG}.json`), "utf8")).toBe(
        older,
      );
    }
  },
  SLOW,
);

test(
  "a disk that fills up halfway writes nothing: no source copy, no briefs, no temporary files",
  async () => {
    // `ulimit -f 3` caps files this process writes at 3 KB: the source copy
    // (2.4 KB) and the briefs fit, the story (4.4 KB) does not, as on a full disk.
    const result = spawnSync(
      "bash",
      [
        "-c",
        'ulimit -f 3 && exec "$0" "$@"',
        join(ROOT, "node_modules/.bin/tsx"),
        "src/tools/import/importStory.ts",
        SEED,
        ...CLASSIFY,
        "--out",
        out,
        "--sources",
        sources,
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `^import:story: .*${SEED_SLUG}\\.json: cannot be written \\(EFBIG\\); nothing was changed\\n$`,
      ),
    );
    expect(await readdir(out)).toEqual([]);
    expect(await readdir(sources)).toEqual([]);
  },
  SLOW,
);

/** A story's text in the wire format, dated the seed's day. */
function wireText(
  headline: string,
  body = "A paragraph of test text.",
): string {
  return `${headline}\n\n20/04/2018\n\n${body}\n`;
}

test(
  "a headline in any script imports to its own words as the address",
  async () => {
    const headlines = new Map([
      ["Россия 2018: визит", "россия-2018-визит"],
      ["Η Ελλάδα ψηφίζει σήμερα", "η-ελλαδα-ψηφιζει-σημερα"],
      ["🚀🌍", "🚀🌍"],
    ]);
    let i = 0;
    for (const [headline, slug] of headlines) {
      i += 1;
      const file = await input(`story-${i}.txt`, wireText(headline));
      const result = importStory(file, "--section", "Мир", "--topic", "Россия");
      expect(result.stderr, headline).toBe("");
      expect(await storyFile(slug)).toMatchObject({ slug, headline });
    }
  },
  SLOW,
);

test(
  "a 240-character headline imports, its slug cut at a word boundary",
  async () => {
    const headline = `${"Longwinded headline words ".repeat(9)}end`.slice(
      0,
      240,
    );
    const result = importStory(
      await input("long.txt", wireText(headline)),
      ...CLASSIFY,
    );
    expect(result.stderr).toBe("");
    const [name = ""] = (await readdir(out)).filter((n) => n.endsWith(".json"));
    expect(name).toMatch(
      /^(?:(?:longwinded|headline|words)-){8,}(?:longwinded|headline|words)\.json$/,
    );
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(105);
  },
  SLOW,
);

test(
  "--slug gives the story its address; it must be a slug already, and not the site's own",
  async () => {
    const file = await input("slugged.txt", wireText("Россия 2018: визит"));
    expect(
      importStory(file, ...CLASSIFY, "--slug", "russia-visit").stderr,
    ).toBe("");
    expect(await storyFile("russia-visit")).toMatchObject({
      slug: "russia-visit",
      headline: "Россия 2018: визит",
    });
    expect(
      importStory(file, ...CLASSIFY, "--slug", "Russia Visit").stderr,
    ).toBe(
      `import:story: ${file}: the slug "Russia Visit": must be lower-case words joined by hyphens, such as "russia-visit"\n`,
    );
    expect(importStory(file, ...CLASSIFY, "--slug", "saved").stderr).toBe(
      `import:story: ${file}: the slug "saved": is a name the site uses for its own pages and files\n`,
    );
    expect(
      importStory(file, ...CLASSIFY, "--slug", "a", "--slug", "b").stderr,
    ).toMatch(/^import:story: --slug may be given once\n/);
    const search = await input("search.txt", wireText("Search"));
    expect(importStory(search, ...CLASSIFY).stderr).toBe(
      `import:story: ${search}: line 1: "Search", whose address would be "search", a name the site uses for its own pages and files: give the story another with --slug\n`,
    );
  },
  SLOW,
);

test(
  "a slug already held by another story names it, and --force does not replace it or orphan its source",
  async () => {
    const first = await input("first.txt", wireText("Same headline", "First."));
    expect(importStory(first, ...CLASSIFY).status).toBe(0);
    const before = await readFile(join(out, "same-headline.json"), "utf8");
    const second = await input("second.txt", wireText("Same headline", "Two."));
    for (const force of [[], ["--force"]]) {
      const result = importStory(second, ...CLASSIFY, ...force);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /^import:story: .*second\.txt: the address "same-headline" is taken by .*same-headline\.json, "Same headline" \(from sources\/first\.txt\), another story; give this one its own with --slug\n$/,
      );
    }
    expect(await readFile(join(out, "same-headline.json"), "utf8")).toBe(
      before,
    );
    expect(await written()).toEqual([
      "sources/first.txt",
      "stories/same-headline.json",
    ]);
    expect(importStory(second, ...CLASSIFY, "--slug", "same-2").status).toBe(0);
  },
  SLOW,
);

test(
  "sections and topics that would share an address, have none, or take the site's own are refused",
  async () => {
    const us = await input("us.txt", wireText("First story"));
    expect(
      importStory(us, "--section", "World", "--topic", "U.S.").status,
    ).toBe(0);
    const other = await input("other.txt", wireText("Second story"));
    const refused = (...args: string[]) =>
      importStory(other, ...args).stderr.replace(`${other}: `, "FILE: ");
    expect(refused("--section", "World", "--topic", "US")).toMatch(
      /^import:story: FILE: topics\[0\]: "US" would have the address \/topics\/us\/, which "U\.S\." has \(.*first-story\.json, topics\[0\]\); spell them the same, or choose another name\n$/,
    );
    expect(refused("--section", "WORLD", "--topic", "Testing")).toMatch(
      /section: "WORLD" would have the address \/world\/, which "World" has/,
    );
    expect(refused("--section", "World", "--topic", "🚀", "--topic", "—")).toBe(
      'import:story: FILE: topics[1]: has no letters, digits or emoji to make its address of, got "—"\n',
    );
    expect(refused("--section", "Topics", "--topic", "Testing")).toBe(
      'import:story: FILE: section: would have the address "topics", a name the site uses for its own pages and files, got "Topics"\n',
    );
    expect(refused("--section", "World", "--topic", "Test\u200Bing")).toBe(
      "import:story: FILE: topics[0]: must not hold invisible formatting characters, found U+200B (zero width space) at character 5\n",
    );
    expect(await written()).toEqual([
      "sources/us.txt",
      "stories/first-story.json",
    ]);
  },
  SLOW,
);

test(
  "Object.prototype's names are a story's slug and topics like any other words",
  async () => {
    const names = [
      "constructor",
      "__proto__",
      "toString",
      "hasOwnProperty",
      "prototype",
    ];
    const file = await input("constructor.txt", wireText("Constructor"));
    const result = importStory(
      file,
      "--section",
      "Prototype",
      ...names.flatMap((name) => ["--topic", name]),
    );
    expect(result.stderr).toBe("");
    expect(await storyFile("constructor")).toMatchObject({
      slug: "constructor",
      section: "Prototype",
      topics: names,
    });
    const again = await input(
      "proto.txt",
      wireText("\\_\\_proto\\_\\_ and toString"),
    );
    expect(
      importStory(again, ...CLASSIFY, "--slug", "hasownproperty").stderr,
    ).toBe("");
    expect(await storyFile("hasownproperty")).toMatchObject({
      headline: "__proto__ and toString",
    });
  },
  SLOW,
);

test(
  "without --out, the import writes where the build reads: DATELINE_STORIES_DIR",
  async () => {
    const file = await input("env.txt", wireText("Env story"));
    const result = spawnSync(
      join(ROOT, "node_modules/.bin/tsx"),
      [
        "src/tools/import/importStory.ts",
        file,
        ...CLASSIFY,
        "--sources",
        sources,
      ],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, DATELINE_STORIES_DIR: out },
      },
    );
    expect(result.stderr).toBe("");
    expect(await storyFile("env-story")).toMatchObject({ slug: "env-story" });
  },
  SLOW,
);
