/**
 * The reader's bad-input corpus: every file in tests/fixtures/saved-files/ (saved-stories
 * files a reader might import) and tests/fixtures/reader-data/ (values found in
 * localStorage under `dateline:reader`) is a case. Each is checked against the code that
 * reads it, then on the Saved page as a reader meets it. A fixture without an expectation
 * here, or an expectation without a fixture, fails too.
 *
 * The hostile names are slugs that are also names on Object.prototype ("constructor",
 * "__proto__", "toString", "hasOwnProperty") or on functions ("prototype").
 */
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { READER_KEY } from "./readerStore.ts";
import {
  CorruptReaderDataError,
  emptyReaderData,
  migrate,
  progressFor,
} from "./readerData.ts";
import { importSaved, SavedFileError } from "./savedFile.ts";
import { textFile } from "../testing/textFile.ts";

const savedFiles = import.meta.glob<string>(
  "../../../tests/fixtures/saved-files/*.json",
  { eager: true, query: "?raw", import: "default" },
);
const readerData = import.meta.glob<string>(
  "../../../tests/fixtures/reader-data/*.json",
  { eager: true, query: "?raw", import: "default" },
);

/** `saved-files/x.json` → `x`. */
function byCase(files: Record<string, string>): Map<string, string> {
  return new Map(
    Object.entries(files).map(([path, text]) => [
      path.replace(/^.*\/([^/]+)\.json$/, "$1"),
      text,
    ]),
  );
}

const NOT_A_SLUG =
  "is not a story slug (lower-case words joined by single hyphens)";

type FileCase = { added: string[] } | { refused: string };

/** What importing each file into an empty list does. */
const fileCases = new Map<string, FileCase>([
  ["slug-constructor", { added: ["constructor"] }],
  ["slug-prototype", { added: ["prototype"] }],
  ["slug-proto", { refused: `saved[0].slug: "__proto__" ${NOT_A_SLUG}` }],
  ["slug-tostring", { refused: `saved[0].slug: "toString" ${NOT_A_SLUG}` }],
  [
    "slug-hasownproperty",
    { refused: `saved[0].slug: "hasOwnProperty" ${NOT_A_SLUG}` },
  ],
  // An own "__proto__" key is data, never the entry's prototype: only its own fields count.
  ["proto-key-in-entry", { added: ["a-story"] }],
  [
    "proto-key-whole-file",
    {
      refused:
        "This file is not a Dateline saved-stories file: its app is missing and its kind missing.",
    },
  ],
  ["proto-entry-only", { refused: `saved[0].slug: missing ${NOT_A_SLUG}` }],
  [
    "too-many-entries",
    {
      refused:
        "This file lists 10,001 stories; a saved-stories file can hold at most 10,000.",
    },
  ],
]);

type DataCase = { saved: string[]; progress: string[] } | { corrupt: string };

/** What each stored value reads as. */
const dataCases = new Map<string, DataCase>([
  ["saved-constructor", { saved: ["constructor"], progress: ["constructor"] }],
  ["saved-prototype", { saved: ["prototype"], progress: ["prototype"] }],
  [
    "legacy-list-constructor",
    { saved: ["constructor", "prototype"], progress: [] },
  ],
  [
    "progress-constructor-only",
    { saved: [], progress: ["constructor", "prototype"] },
  ],
  ["saved-proto", { corrupt: `saved[0].slug: "__proto__" ${NOT_A_SLUG}` }],
  ["saved-tostring", { corrupt: `saved[0].slug: "toString" ${NOT_A_SLUG}` }],
  [
    "saved-hasownproperty",
    { corrupt: `saved[0].slug: "hasOwnProperty" ${NOT_A_SLUG}` },
  ],
  [
    "progress-proto-key",
    { corrupt: 'progress: "__proto__" is not a story slug' },
  ],
  [
    "progress-tostring",
    { corrupt: 'progress: "toString" is not a story slug' },
  ],
  [
    "progress-hasownproperty",
    { corrupt: 'progress: "hasOwnProperty" is not a story slug' },
  ],
  [
    "proto-key-whole-value",
    { corrupt: "version: missing is not a version this page can read" },
  ],
]);

const files = byCase(savedFiles);
const values = byCase(readerData);

/** A case's expectation, or a failure naming the fixture that has none. */
function expected<T>(cases: Map<string, T>, name: string): T {
  const found = cases.get(name);
  if (found === undefined)
    throw new Error(`${name}.json has no expectation in this test`);
  return found;
}

/** Nothing a case did may leak into every object. */
function expectNoPollution(): void {
  const plain: Record<string, unknown> = {};
  expect(plain["polluted"]).toBeUndefined();
  expect(plain["slug"]).toBeUndefined();
  expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
}

/** The message `act` throws, as the given error type; fails if it throws nothing. */
function refusal(act: () => unknown, type: new () => Error): string {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("expected the input to be refused");
}

/**
 * The Saved page as a page load gives it: a fresh reader store (the app keeps one per
 * page) reading whatever localStorage holds now.
 */
async function loadSavedPage() {
  vi.resetModules();
  const [{ renderAt }, { provide }, { TextSettings }, testingLibrary] =
    await Promise.all([
      import("../testing/renderAt.tsx"),
      import("../adopted.ts"),
      import("../components/TextSettings.tsx"),
      import("@testing-library/react"),
    ]);
  provide("TextSettings", TextSettings);
  unmount = testingLibrary.cleanup;
  const { user } = renderAt("/saved/");
  return { user, main: await screen.findByRole("main") };
}

let unmount: (() => void) | undefined;

const GONE = "A saved story is no longer available";

/** The slugs of the saved stories the page says are gone, in its order. */
async function goneStories(main: HTMLElement): Promise<string[]> {
  const notes = await within(main).findAllByText(new RegExp(`^${GONE}`));
  return notes.map((note) => {
    const slug = /\((.+)\)$/.exec(note.textContent)?.[1];
    expect(note).toHaveTextContent(`${GONE} (${slug ?? ""})`);
    return slug ?? "";
  });
}

beforeEach(() => {
  // No network in these tests: saved stories are not kept for offline here.
  vi.stubGlobal("caches", undefined);
  localStorage.clear();
});

afterEach(() => {
  unmount?.();
  unmount = undefined;
  vi.unstubAllGlobals();
  localStorage.clear();
});

test("every saved-files fixture has an expectation, and every expectation a fixture", () => {
  expect([...files.keys()].sort()).toEqual([...fileCases.keys()].sort());
});

test("every reader-data fixture has an expectation, and every expectation a fixture", () => {
  expect([...values.keys()].sort()).toEqual([...dataCases.keys()].sort());
});

test.each([...files])(
  "saved file %s: imported or refused as expected",
  (name, text) => {
    const expectation = expected(fileCases, name);
    if ("refused" in expectation) {
      expect(
        refusal(() => importSaved(emptyReaderData, text), SavedFileError),
      ).toBe(expectation.refused);
    } else {
      const { data, added } = importSaved(emptyReaderData, text);
      expect(added).toBe(expectation.added.length);
      expect(data.saved.map((entry) => entry.slug)).toEqual(expectation.added);
      for (const entry of data.saved)
        expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    }
    expectNoPollution();
  },
);

test.each([...files])(
  "saved file %s: the Saved page imports it or says why not",
  async (name, text) => {
    const expectation = expected(fileCases, name);
    const { user, main } = await loadSavedPage();
    const moving = within(main).getByRole("region", {
      name: "Move your list to another browser",
    });
    await user.upload(
      within(moving).getByLabelText("Import saved stories"),
      textFile(text, `${name}.json`),
    );
    if ("refused" in expectation) {
      await waitFor(() =>
        expect(within(moving).getByRole("status")).toHaveTextContent(
          `Could not import ${name}.json: ${expectation.refused} Your saved stories are as they were.`,
        ),
      );
      expect(within(main).getByText(/^Nothing saved yet/)).toBeInTheDocument();
      expect(localStorage.getItem(READER_KEY)).toBeNull();
    } else {
      const count = expectation.added.length;
      await waitFor(() =>
        expect(within(moving).getByRole("status")).toHaveTextContent(
          `Imported ${count} ${count === 1 ? "story" : "stories"} from ${name}.json.`,
        ),
      );
      // None of these is in the test edition: each says so, and goes with its button.
      expect(await goneStories(main)).toEqual(expectation.added);
      for (const slug of expectation.added) {
        await user.click(
          within(main).getByRole("button", { name: `Remove ${slug}` }),
        );
      }
      expect(
        await within(main).findByText(/^Nothing saved yet/),
      ).toBeInTheDocument();
    }
    expectNoPollution();
  },
);

test.each([...values])(
  "stored value %s: read as expected, or refused naming the field",
  (name, text) => {
    const expectation = expected(dataCases, name);
    const at = "2026-12-01T00:00:00.000Z";
    if ("corrupt" in expectation) {
      expect(
        refusal(() => migrate(JSON.parse(text), at), CorruptReaderDataError),
      ).toBe(expectation.corrupt);
    } else {
      const data = migrate(JSON.parse(text), at);
      expect(data.saved.map((entry) => entry.slug)).toEqual(expectation.saved);
      expect([...data.progress.keys()]).toEqual(expectation.progress);
      for (const slug of expectation.progress)
        expect(progressFor(data, slug)?.paragraph).toBe(3);
      // Object.prototype's own names are no reading places here.
      for (const slug of ["constructor", "prototype", "toString"])
        if (!expectation.progress.includes(slug))
          expect(progressFor(data, slug)).toBeUndefined();
    }
    expectNoPollution();
  },
);

test.each([...values])(
  "stored value %s: the Saved page loads, and the reader can tidy up",
  async (name, text) => {
    const expectation = expected(dataCases, name);
    localStorage.setItem(READER_KEY, text);
    const { user, main } = await loadSavedPage();
    if ("corrupt" in expectation) {
      expect(
        await screen.findByText(
          /^Saved stories on this device could not be read/,
        ),
      ).toBeInTheDocument();
      expect(
        await within(main).findByText(/^Nothing saved yet/),
      ).toBeInTheDocument();
      // Untouched until the reader saves something new, which then keeps it aside.
      expect(localStorage.getItem(READER_KEY)).toBe(text);
    } else {
      if (expectation.saved.length > 0)
        expect(await goneStories(main)).toEqual(expectation.saved);
      for (const slug of expectation.saved) {
        await user.click(
          within(main).getByRole("button", { name: `Remove ${slug}` }),
        );
      }
      expect(
        await within(main).findByText(/^Nothing saved yet/),
      ).toBeInTheDocument();
      const stored: unknown = JSON.parse(
        localStorage.getItem(READER_KEY) ?? "null",
      );
      // Stored now in the current shape: reading places are kept, under their own names.
      if (expectation.saved.length > 0)
        expect(stored).toEqual({
          version: 1,
          saved: [],
          progress: Object.fromEntries(
            expectation.progress.map((slug) => [
              slug,
              {
                paragraph: 3,
                at: "2026-11-30T08:00:00.000Z",
              },
            ]),
          ),
        });
    }
    expectNoPollution();
  },
);
