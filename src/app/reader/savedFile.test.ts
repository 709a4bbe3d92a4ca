import { describe, expect, test } from "vitest";
import { emptyReaderData, type ReaderData } from "./readerData.ts";
import { exportSaved, importSaved, SavedFileError } from "./savedFile.ts";

const here: ReaderData = {
  version: 1,
  saved: [
    { slug: "newer", savedAt: "2024-05-03T00:00:00.000Z" },
    { slug: "older", savedAt: "2024-05-01T00:00:00.000Z" },
  ],
  progress: { newer: { paragraph: 2, at: "2024-05-03T00:00:00.000Z" } },
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
