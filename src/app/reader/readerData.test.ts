import { describe, expect, test } from "vitest";
import {
  CorruptReaderDataError,
  emptyReaderData,
  migrate,
  progressFor,
  withProgress,
  withoutSaved,
  withSaved,
  type ReaderData,
} from "./readerData.ts";

const migratedAt = "2024-05-01T10:00:00.000Z";

describe("migrate", () => {
  test("a legacy list of slugs becomes version 1, in the same order, saved at migration time", () => {
    expect(
      migrate(["storm-warning", "budget-2024", "storm-warning"], migratedAt),
    ).toEqual({
      version: 1,
      saved: [
        { slug: "storm-warning", savedAt: migratedAt },
        { slug: "budget-2024", savedAt: migratedAt },
      ],
      progress: new Map(),
    });
  });

  test("version 1 keeps every valid field", () => {
    const stored = {
      version: 1,
      saved: [
        { slug: "b", savedAt: "2024-05-02T00:00:00.000Z" },
        { slug: "a", savedAt: "2024-05-01T00:00:00Z" },
      ],
      progress: { a: { paragraph: 3, at: "2024-05-01T00:05:00+02:00" } },
    };
    expect(migrate(stored)).toEqual({
      ...stored,
      progress: new Map(Object.entries(stored.progress)),
    });
  });

  test.each([
    [null, "expected an object or a list"],
    ["[]", "expected an object or a list"],
    [{ version: 2, saved: [], progress: {} }, "version: 2 is not a version"],
    [{ saved: [], progress: {} }, "version: missing"],
    [["ok", "Not A Slug"], '[1]: "Not A Slug" is not a story slug'],
    [{ version: 1, saved: {}, progress: {} }, "saved: expected a list"],
    [
      { version: 1, saved: ["a"], progress: {} },
      "saved[0]: expected an object",
    ],
    [
      {
        version: 1,
        saved: [{ slug: "a-", savedAt: migratedAt }],
        progress: {},
      },
      'saved[0].slug: "a-" is not a story slug',
    ],
    [
      {
        version: 1,
        saved: [{ slug: "a", savedAt: "yesterday" }],
        progress: {},
      },
      'saved[0].savedAt: "yesterday" is not an ISO date',
    ],
    [
      {
        version: 1,
        saved: [{ slug: "a", savedAt: "2024-13-45T99:00:00Z" }],
        progress: {},
      },
      "saved[0].savedAt",
    ],
    [
      {
        version: 1,
        saved: [
          { slug: "a", savedAt: migratedAt },
          { slug: "a", savedAt: migratedAt },
        ],
        progress: {},
      },
      'saved[1].slug: "a" is already saved[0]',
    ],
    [{ version: 1, saved: [] }, "progress: expected an object"],
    [
      {
        version: 1,
        saved: [],
        progress: { "A B": { paragraph: 1, at: migratedAt } },
      },
      'progress: "A B"',
    ],
    [
      {
        version: 1,
        saved: [],
        progress: { a: { paragraph: 0, at: migratedAt } },
      },
      "progress.a.paragraph: 0",
    ],
    [
      {
        version: 1,
        saved: [],
        progress: { a: { paragraph: 1.5, at: migratedAt } },
      },
      "progress.a.paragraph: 1.5",
    ],
    [
      { version: 1, saved: [], progress: { a: { paragraph: 2 } } },
      "progress.a.at: missing",
    ],
  ])("%j is corrupt: %s", (raw, reason) => {
    expect(() => migrate(raw, migratedAt)).toThrow(CorruptReaderDataError);
    expect(() => migrate(raw, migratedAt)).toThrow(reason);
  });
});

describe("changes", () => {
  test("saving puts the newest first and never saves a slug twice; unsaving removes it", () => {
    let data = withSaved(emptyReaderData, "first", "2024-05-01T00:00:00Z");
    data = withSaved(data, "second", "2024-05-02T00:00:00Z");
    const again = withSaved(data, "first", "2024-05-03T00:00:00Z");
    expect(again).toBe(data);
    expect(data.saved.map((entry) => entry.slug)).toEqual(["second", "first"]);
    expect(withoutSaved(data, "second").saved).toEqual([
      { slug: "first", savedAt: "2024-05-01T00:00:00Z" },
    ]);
  });

  test("progress keeps the most recently read stories up to the limit, and always the latest", () => {
    let data: ReaderData = emptyReaderData;
    for (const [index, slug] of ["a", "b", "c"].entries())
      data = withProgress(
        data,
        slug,
        { paragraph: 1, at: `2024-05-0${index + 1}T00:00:00Z` },
        3,
      );
    data = withProgress(
      data,
      "a",
      { paragraph: 2, at: "2024-05-04T00:00:00Z" },
      3,
    );
    expect([...data.progress.keys()].sort()).toEqual(["a", "b", "c"]);
    // The clock went backwards: the story just read still stays, and "b" (oldest) goes.
    data = withProgress(
      data,
      "d",
      { paragraph: 1, at: "2000-01-01T00:00:00Z" },
      3,
    );
    expect([...data.progress.keys()].sort()).toEqual(["a", "c", "d"]);
  });

  test("a story called constructor has no progress until it is read", () => {
    expect(progressFor(emptyReaderData, "constructor")).toBeUndefined();
    const data = withProgress(emptyReaderData, "constructor", {
      paragraph: 4,
      at: migratedAt,
    });
    expect(progressFor(data, "constructor")).toEqual({
      paragraph: 4,
      at: migratedAt,
    });
  });
});
