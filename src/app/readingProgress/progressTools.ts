import type { Tools } from "../readingTools/tools.ts";
import { ReadingProgress } from "./ReadingProgress.tsx";

/** @example provideTools(progressTools()) */
export function progressTools(): Pick<Tools, "progress"> {
  return { progress: ReadingProgress };
}
