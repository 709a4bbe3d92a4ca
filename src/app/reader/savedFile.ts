/**
 * Saved stories as a file the reader can keep or carry to another browser. Importing merges
 * into what is already here and never removes anything, so a stale file cannot undo saves.
 */

import { isRecord } from "../../content/checks.ts";
import {
  checkSavedStory,
  READER_DATA_VERSION,
  type ReaderData,
  type SavedStory,
} from "./readerData.ts";

export const SAVED_FILE_NAME = "dateline-saved-stories.json";

/**
 * The most stories a file may list: far more than anyone saves by hand, and what
 * localStorage holds with room to spare (each entry is about 80 bytes there).
 */
export const SAVED_FILE_MAX_ENTRIES = 10_000;

/**
 * The largest file read, in bytes: an export of SAVED_FILE_MAX_ENTRIES stories with
 * long slugs is about 1.5 MB, so a real export always fits. Checked before the file is read.
 */
export const SAVED_FILE_MAX_BYTES = 4 * 1024 * 1024;

const MAX_SIZE_SHOWN = "4 MB";

/** Thrown with a message fit to show the reader, naming what is wrong with the file. */
export class SavedFileError extends Error {
  override name = "SavedFileError";
}

export function exportSaved(
  data: ReaderData,
  exportedAt: Date = new Date(),
): string {
  const file = {
    app: "dateline",
    kind: "saved-stories",
    version: READER_DATA_VERSION,
    exported: exportedAt.toISOString(),
    saved: data.saved,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A size as a reader reads it: "950 KB", "12.3 MB". */
function shownSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024)} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Refuses a file too large to import, by its size alone, so a huge file is never read.
 * @example checkSavedFileSize(file.size); const text = await file.text();
 */
export function checkSavedFileSize(bytes: number): void {
  if (bytes > SAVED_FILE_MAX_BYTES)
    throw new SavedFileError(
      `This file is ${shownSize(bytes)}; a saved-stories file can be at most ${MAX_SIZE_SHOWN}.`,
    );
}

function parseSavedFile(text: string): SavedStory[] {
  // A UTF-8 file has at least as many bytes as its text has UTF-16 units, so this is a
  // floor on its size: text that got here without checkSavedFileSize is still refused.
  checkSavedFileSize(text.length);
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new SavedFileError(
      "This file is not a Dateline saved-stories file: it is not JSON.",
    );
  }
  if (!isRecord(file))
    throw new SavedFileError(
      "This file is not a Dateline saved-stories file: it holds no object.",
    );
  const { app, kind, version, saved } = file;
  if (app !== "dateline" || kind !== "saved-stories")
    throw new SavedFileError(
      `This file is not a Dateline saved-stories file: its app is ${JSON.stringify(app) ?? "missing"} and its kind ${JSON.stringify(kind) ?? "missing"}.`,
    );
  if (version !== READER_DATA_VERSION)
    throw new SavedFileError(
      `This saved-stories file is version ${JSON.stringify(version) ?? "missing"}; this page reads version ${READER_DATA_VERSION}.`,
    );
  if (!Array.isArray(saved))
    throw new SavedFileError(
      "This saved-stories file has no list of saved stories (saved).",
    );
  if (saved.length > SAVED_FILE_MAX_ENTRIES)
    throw new SavedFileError(
      `This file lists ${saved.length.toLocaleString("en")} stories; a saved-stories file can hold at most ${SAVED_FILE_MAX_ENTRIES.toLocaleString("en")}.`,
    );
  return saved.map((entry: unknown, index) => {
    const checked = checkSavedStory(entry, `saved[${index}]`);
    if (typeof checked === "string") throw new SavedFileError(checked);
    return checked;
  });
}

/**
 * Adds the file's stories to `current`. A story saved here already keeps its own date and
 * place: the file never moves or changes what this device holds, it only adds to it. Added
 * stories go in by their saved date, so the list stays newest first. Nothing is added if
 * any entry is bad, or the file is over a limit (SavedFileError says which).
 *
 * One sort of the additions and one pass over both lists: 5,000 entries take milliseconds.
 * @example const { data, added } = importSaved(current, await file.text());
 */
export function importSaved(
  current: ReaderData,
  text: string,
): { data: ReaderData; added: number } {
  const incoming = parseSavedFile(text);
  const known = new Set(current.saved.map((entry) => entry.slug));
  const additions: { entry: SavedStory; time: number }[] = [];
  for (const entry of incoming) {
    if (known.has(entry.slug)) continue;
    known.add(entry.slug);
    additions.push({ entry, time: Date.parse(entry.savedAt) });
  }
  if (additions.length === 0) return { data: current, added: 0 };
  // Newest first; a stable sort keeps the file's order among equal dates.
  additions.sort((a, b) => b.time - a.time);
  // Each addition goes just before the first story here saved earlier than it, so stories
  // already here never move, even where their own dates are out of order. That place only
  // moves down the list as the additions get older, so one pointer walks it once.
  const saved: SavedStory[] = [];
  let here = 0;
  for (const { entry, time } of additions) {
    for (
      let next = current.saved[here];
      next && Date.parse(next.savedAt) >= time;
      next = current.saved[++here]
    )
      saved.push(next);
    saved.push(entry);
  }
  saved.push(...current.saved.slice(here));
  return { data: { ...current, saved }, added: additions.length };
}
