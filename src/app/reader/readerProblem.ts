/**
 * Why saved stories might not outlive this page, as a value the UI can show as a notice.
 * Kept apart from the store so the wording can be read and changed in one place.
 */

export type ReaderProblem = "unavailable" | "full" | "corrupt";

export function problemMessage(problem: ReaderProblem): string {
  switch (problem) {
    case "unavailable":
      return "Your browser is not letting Dateline store anything on this device, so saved stories and reading places last only until you close this page.";
    case "full":
      return "Your browser's storage for Dateline is full, so your latest change is kept only until you close this page.";
    case "corrupt":
      return "Saved stories on this device could not be read. They are kept aside untouched, and new ones are saved from now on.";
  }
}
