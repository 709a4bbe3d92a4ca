/**
 * The masthead's "Text settings", wired to the reader's settings. Every
 * page shows the button, but what makes it work (the panel, the settings
 * and their store) is its own chunk, loaded once the page is interactive:
 * until then the masthead shows the same button, inert (Masthead.tsx), and
 * the head script has already applied the reader's settings.
 */
import {
  updateSettings,
  useSettings,
  useSettingsProblem,
} from "../settings/useSettings.ts";
import { ReadingSettings } from "./ReadingSettings.tsx";

type Early = { focused: boolean; opened: boolean };

export function TextSettings({ early }: { early: () => Early }) {
  return (
    <ReadingSettings
      settings={useSettings()}
      problem={useSettingsProblem()}
      onChange={updateSettings}
      takesOver={early}
    />
  );
}
