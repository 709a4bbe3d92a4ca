import { describe, expect, test } from "vitest";
import { emptyReaderData, type ReaderData } from "./readerData.ts";
import {
  checkSavedFileSize,
  exportSaved,
  importSaved,
  SAVED_FILE_MAX_BYTES,
  SAVED_FILE_MAX_ENTRIES,
  SavedFileError,
} from "./savedFile.ts";

const here: ReaderData = {
  version: 1,
  saved: [
    { slug: "newer", savedAt: "2024-05-03T00:00:00.000Z" },
    { slug: "older", savedAt: "2024-05-01T00:00:00.000Z" },
  ],
  progress: new Map([
    ["newer", { paragraph: 2, at: "2024-05-03T00:00:00.000Z" }],
  ]),
};

function file(saved: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    app: "dateline",
    kind: "saved-stories",
    version: 1,
    saved,
    ...extra,
  });
}

test("the export is pretty JSON that says what it is and when it was made", () => {
  const text = exportSaved(here, new Date("2024-06-01T12:00:00Z"));
  expect(text).toContain('\n  "kind": "saved-stories"');
  expect(JSON.parse(text)).toEqual({
    app: "dateline",
    kind: "saved-stories",
    version: 1,
    exported: "2024-06-01T12:00:00.000Z",
    saved: here.saved,
  });
});

test("exporting then importing into an empty device gives the same saved list", () => {
  const { data, added } = importSaved(emptyReaderData, exportSaved(here));
  expect(added).toBe(2);
  expect(data.saved).toEqual(here.saved);
});

test("importing adds missing stories by date, keeps those already here as they are", () => {
  const { data, added } = importSaved(
    here,
    file([
      { slug: "older", savedAt: "2020-01-01T00:00:00.000Z" },
      { slug: "oldest", savedAt: "2024-04-01T00:00:00.000Z" },
      { slug: "middle", savedAt: "2024-05-02T00:00:00.000Z" },
      { slug: "middle", savedAt: "2024-05-02T00:00:00.000Z" },
    ]),
  );
  expect(added).toBe(2);
  expect(data.saved).toEqual([
    here.saved[0],
    { slug: "middle", savedAt: "2024-05-02T00:00:00.000Z" },
    { slug: "older", savedAt: "2024-05-01T00:00:00.000Z" },
    { slug: "oldest", savedAt: "2024-04-01T00:00:00.000Z" },
  ]);
  expect(data.progress).toBe(here.progress);
});

test("importing a file with nothing new changes nothing", () => {
  const { data, added } = importSaved(here, exportSaved(here));
  expect(added).toBe(0);
  expect(data).toBe(here);
});

describe("a bad file is refused whole, saying what is wrong", () => {
  test.each([
    ["not json {", "it is not JSON"],
    ["[1, 2]", "it holds no object"],
    [
      JSON.stringify({
        app: "other",
        kind: "saved-stories",
        version: 1,
        saved: [],
      }),
      'its app is "other"',
    ],
    [file([], { kind: "bookmarks" }), 'its kind "bookmarks"'],
    [file([], { version: 2 }), "version 2"],
    [file("a,b"), "no list of saved stories"],
    [
      file([
        { slug: "ok", savedAt: "2024-05-01T00:00:00Z" },
        { slug: "Bad Slug", savedAt: "2024-05-01T00:00:00Z" },
      ]),
      'saved[1].slug: "Bad Slug" is not a story slug',
    ],
    [file([{ slug: "ok" }]), "saved[0].savedAt: missing is not an ISO date"],
    [file([null]), "saved[0]: expected an object"],
  ])("%s", (text, message) => {
    expect(() => importSaved(here, text)).toThrow(SavedFileError);
    expect(() => importSaved(here, text)).toThrow(message);
  });
});

/** A small deterministic generator, so a failing case can be run again. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** `count` entries saved at random hours of May 2024 (some on the same hour). */
function entries(count: number, prefix: string, random: () => number) {
  return Array.from({ length: count }, (_, index) => ({
    slug: `${prefix}-${index}`,
    savedAt: new Date(
      Date.UTC(2024, 4, 1) + Math.floor(random() * 60) * 3_600_000,
    ).toISOString(),
  }));
}

/** The merge rule as first written: each addition, newest first, before the first story here saved earlier. */
function insertedOneByOne(
  current: readonly { slug: string; savedAt: string }[],
  additions: readonly { slug: string; savedAt: string }[],
) {
  const time = (entry: { savedAt: string }) => Date.parse(entry.savedAt);
  const saved = [...current];
  for (const entry of [...additions].sort((a, b) => time(b) - time(a))) {
    const before = saved.findIndex((other) => time(other) < time(entry));
    saved.splice(before === -1 ? saved.length : before, 0, entry);
  }
  return saved;
}

test("the merge puts every added story where inserting them one by one would, even among stories here out of date order", () => {
  for (let seed = 1; seed <= 50; seed++) {
    const random = numbers(seed);
    // Out of order, as a list can be after an earlier import of older stories.
    const current = entries(Math.floor(random() * 12), "here", random);
    const incoming = entries(Math.floor(random() * 12), "file", random);
    const data: ReaderData = { ...emptyReaderData, saved: current };
    const { data: merged, added } = importSaved(data, file(incoming));
    expect(added, `seed ${seed}`).toBe(incoming.length);
    expect(merged.saved, `seed ${seed}`).toEqual(
      insertedOneByOne(current, incoming),
    );
  }
});

// Inserting one by one took 13 s for 5,000 entries; merging in one pass takes milliseconds.
// The limit is a thousand times what it needs, so only a pass that grows as the square fails.
test(
  "10,000 stories merge into 10,000 others in one pass",
  { timeout: 5000 },
  () => {
    const random = numbers(7);
    const here: ReaderData = {
      ...emptyReaderData,
      saved: entries(SAVED_FILE_MAX_ENTRIES, "here", random),
    };
    const incoming = entries(SAVED_FILE_MAX_ENTRIES, "file", random);
    const { data, added } = importSaved(here, file(incoming));
    expect(added).toBe(SAVED_FILE_MAX_ENTRIES);
    expect(data.saved).toHaveLength(2 * SAVED_FILE_MAX_ENTRIES);
  },
);

describe("limits: the file is refused whole, naming the limit", () => {
  test(`a file over ${SAVED_FILE_MAX_BYTES} bytes is refused by its size alone`, () => {
    expect(() => checkSavedFileSize(SAVED_FILE_MAX_BYTES)).not.toThrow();
    expect(() => checkSavedFileSize(SAVED_FILE_MAX_BYTES + 1)).toThrow(
      new SavedFileError(
        "This file is 4.0 MB; a saved-stories file can be at most 4 MB.",
      ),
    );
    expect(() => checkSavedFileSize(50 * 1024 * 1024)).toThrow(
      "This file is 50.0 MB;",
    );
  });

  test("text longer than the byte limit is refused before it is parsed", () => {
    const padded = file([], { padding: "x".repeat(SAVED_FILE_MAX_BYTES) });
    expect(() => importSaved(here, padded)).toThrow(
      "a saved-stories file can be at most 4 MB",
    );
  });

  test(`a file of ${SAVED_FILE_MAX_ENTRIES} stories is taken; one more is refused`, () => {
    const random = numbers(3);
    const most = entries(SAVED_FILE_MAX_ENTRIES, "s", random);
    expect(importSaved(emptyReaderData, file(most)).added).toBe(
      SAVED_FILE_MAX_ENTRIES,
    );
    expect(() =>
      importSaved(emptyReaderData, file([...most, { slug: "one-more" }])),
    ).toThrow(
      new SavedFileError(
        "This file lists 10,001 stories; a saved-stories file can hold at most 10,000.",
      ),
    );
  });

  test("the largest export there can be is within the byte limit", () => {
    // Slugs of 200 bytes, twice the longest the site makes, as many as a file may list.
    const longest = "a".repeat(200);
    const data: ReaderData = {
      ...emptyReaderData,
      saved: Array.from({ length: SAVED_FILE_MAX_ENTRIES }, (_, index) => ({
        slug: `${longest}-${index}`,
        savedAt: "2024-05-01T00:00:00.000Z",
      })),
    };
    const bytes = new TextEncoder().encode(exportSaved(data)).length;
    expect(bytes).toBeLessThanOrEqual(SAVED_FILE_MAX_BYTES);
  });
});
