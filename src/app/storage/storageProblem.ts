export type StorageProblem = "unavailable" | "full" | "corrupt";

export type StorageSubject = "reader" | "settings";

/** @example problemMessage("full", "settings") */
export function problemMessage(
  problem: StorageProblem,
  subject: StorageSubject,
): string {
  const [what, lastingWhat] =
    subject === "reader"
      ? ["Saved stories", "saved stories and reading places"]
      : ["Text settings", "text settings"];
  switch (problem) {
    case "unavailable":
      return `Your browser is not letting Dateline store anything on this device, so ${lastingWhat} last only until you close this page.`;
    case "full":
      return "Your browser's storage for Dateline is full, so your latest change is kept only until you close this page.";
    case "corrupt":
      return `${what} on this device could not be read. They are kept aside untouched, and new ones are saved from now on.`;
  }
}
