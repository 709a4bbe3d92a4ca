/**
 * The masthead's "Text settings", wired to the reader's settings. Every
 * page shows it, few readers open it: its code (the panel, the settings and
 * their store's loader) is its own chunk, loaded while the page hydrates
 * (Masthead.tsx, adopted.ts). The head script has applied the reader's
 * settings before any of it.
 */
import {
  updateSettings,
  useSettings,
  useSettingsProblem,
} from "../settings/useSettings.ts";
import { ReadingSettings } from "./ReadingSettings.tsx";

export function TextSettings() {
  return (
    <ReadingSettings
      settings={useSettings()}
      problem={useSettingsProblem()}
      onChange={updateSettings}
    />
  );
}
