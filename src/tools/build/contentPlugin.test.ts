// @vitest-environment node
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterEach, expect, test } from "vitest";
import { editionPlugin } from "./contentPlugin.ts";

const roots: string[] = [];

/** A throwaway app with the given story files, built the way `npm run build` builds. */
async function buildWith(
  stories: Record<string, string>,
  options: Parameters<typeof editionPlugin>[1] = {},
) {
  const root = mkdtempSync(join(tmpdir(), "dateline-build-"));
  roots.push(root);
  const dir = join(root, "stories");
  mkdirSync(dir);
  for (const [name, text] of Object.entries(stories))
    writeFileSync(join(dir, name), text);
  writeFileSync(
    join(root, "index.html"),
    '<script type="module" src="./main.js"></script>',
  );
  writeFileSync(join(root, "main.js"), "console.log('ok');");
  return build({
    root,
    configFile: false,
    logLevel: "silent",
    plugins: [editionPlugin(dir, options)],
    build: { write: false },
  });
}

afterEach(() => {
  for (const root of roots.splice(0))
    rmSync(root, { recursive: true, force: true });
});

const brief = (slug: string) =>
  JSON.stringify({ kind: "brief", slug, headline: "A headline" });

test("the build passes with good story files, and leaves their data files to build.ts", async () => {
  const output = await buildWith({ "a-brief.json": brief("a-brief") });
  const files = (Array.isArray(output) ? output : [output]).flatMap((o) =>
    "output" in o ? o.output : [],
  );
  expect(files.map((f) => f.fileName)).toEqual([
    expect.stringMatching(/^assets\/index-[\w-]+\.js$/),
    "index.html",
  ]);
});

test("the build fails on a bad field, naming the file and the field", async () => {
  const bad = JSON.stringify({
    kind: "brief",
    slug: "Bad Slug",
    headline: "A headline",
  });
  await expect(buildWith({ "bad.json": bad })).rejects.toThrow(
    /stories\/bad\.json: slug: must be lower-case words/,
  );
});

test("the build fails on a file that is not JSON, naming the file", async () => {
  await expect(buildWith({ "broken.json": "{ nope" })).rejects.toThrow(
    /stories\/broken\.json: \(root\): not valid JSON/,
  );
});

test("the build fails on a related story that does not exist", async () => {
  const story = {
    kind: "full",
    slug: "lonely",
    headline: "Lonely",
    published: "2018-04-20",
    section: "World",
    topics: ["Russia"],
    body: [{ inlines: [{ type: "text", value: "Text." }] }],
    related: ["ghost"],
  };
  await expect(
    buildWith({ "lonely.json": JSON.stringify(story) }),
  ).rejects.toThrow(
    /stories\/lonely\.json: related\[0\]: no story has the slug "ghost"/,
  );
});

test("the build fails on a story dated after the build day, and keeps one dated the day after", async () => {
  const dated = (slug: string, published: string) =>
    JSON.stringify({
      kind: "full",
      slug,
      headline: "Not yet",
      published,
      section: "World",
      topics: ["Russia"],
      body: [{ inlines: [{ type: "text", value: "Text." }] }],
      related: [],
    });
  const today = "2026-11-28";
  // Where the day starts first (UTC+14) it is already tomorrow.
  await expect(
    buildWith({ "tomorrow.json": dated("tomorrow", "2026-11-29") }, { today }),
  ).resolves.toBeDefined();
  await expect(
    buildWith({ "later.json": dated("later", "2026-11-30") }, { today }),
  ).rejects.toThrow(
    "stories/later.json: published: 2026-11-30 is in the future (the build day is 2026-11-28)",
  );
});

test.each([
  [
    "rejected/href-javascript.json",
    'stories/href-javascript.json: body[0].inlines[1].href: must start with /, http(s):// or mailto: (leave it out when unknown), got "javascript:alert(document.cookie)"',
  ],
  [
    "rejected/nested-too-deep.json",
    "stories/nested-too-deep.json: body[0].inlines[0].children[0]",
  ],
])(
  "the build fails on the bad-data corpus's %s, with parseStory's message",
  async (fixture, message) => {
    const text = readFileSync(
      join(import.meta.dirname, "../../../tests/fixtures/stories", fixture),
      "utf8",
    );
    await expect(
      buildWith({ [fixture.replace(/^.*\//, "")]: text }),
    ).rejects.toThrow(message);
  },
);
