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

function parseSavedFile(text: string): SavedStory[] {
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
 * any entry is bad.
 */
export function importSaved(
  current: ReaderData,
  text: string,
): { data: ReaderData; added: number } {
  const incoming = parseSavedFile(text);
  const known = new Set(current.saved.map((entry) => entry.slug));
  const additions: SavedStory[] = [];
  for (const entry of incoming) {
    if (known.has(entry.slug)) continue;
    known.add(entry.slug);
    additions.push(entry);
  }
  if (additions.length === 0) return { data: current, added: 0 };
  const time = (entry: SavedStory) => Date.parse(entry.savedAt);
  // Inserted rather than re-sorted, so entries already here never move, whatever their dates.
  const saved = [...current.saved];
  for (const entry of additions.sort((a, b) => time(b) - time(a))) {
    const before = saved.findIndex((other) => time(other) < time(entry));
    saved.splice(before === -1 ? saved.length : before, 0, entry);
  }
  return { data: { ...current, saved }, added: additions.length };
}
