/**
 * Loads the reading tools once the page is interactive, each its own chunk
 * so none waits for another, and hands the drawn ones to their slots
 * (ToolSlot.tsx). Shortcuts draw nothing until asked, so they only listen.
 */
import type { DataRouter } from "react-router";
import { provideTools } from "./ToolSlot.tsx";

/** @example startReadingTools(router) */
export function startReadingTools(router: DataRouter): void {
  void import("../readingProgress/progressTools.ts").then(({ progressTools }) =>
    provideTools(progressTools()),
  );
  void import("../listen/listenTools.ts").then(async ({ listenTools }) => {
    // Absent where the browser has no speech synthesis or no voice for the story.
    const tools = await listenTools();
    if (tools) provideTools(tools);
  });
  void import("../shortcuts/startShortcuts.ts").then(({ startShortcuts }) =>
    startShortcuts(router),
  );
}
