/**
 * Loads the reading tools once the page is interactive and the browser idle,
 * each its own chunk so none waits for another, and hands the drawn ones to
 * their slots (ToolSlot.tsx). Shortcuts draw nothing until asked, so they
 * only listen. Waiting for idle keeps their downloads and first render out
 * of the page's start-up, which a slow phone measures.
 */
import type { DataRouter } from "react-router";
import { whenIdle } from "../whenIdle.ts";
import { provideTools } from "./ToolSlot.tsx";

/** @example startReadingTools(router) */
export function startReadingTools(router: DataRouter): void {
  whenIdle(() => loadReadingTools(router));
}

function loadReadingTools(router: DataRouter): void {
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
