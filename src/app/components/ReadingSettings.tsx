/**
 * The reader's text size, line width, theme, font and single-key shortcuts, behind a "Text settings"
 * button. A disclosure, not a dialog: the page stays usable while it is
 * open, and Escape or a click elsewhere closes it. It takes the settings as
 * props; the caller wires it to useSettings, useSettingsProblem and
 * updateSettings (src/app/settings/useSettings.ts).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import {
  FONTS,
  SHORTCUTS,
  TEXT_SIZES,
  THEMES,
  WIDTHS,
  type Font,
  type Settings,
  type Shortcuts,
  type TextSize,
  type Theme,
  type Width,
} from "../settings/settings.ts";
import type { StorageProblem } from "../storage/storageProblem.ts";
import { StorageProblemNotice } from "../storage/StorageProblemNotice.tsx";
import { pressedEarly } from "../adopted.ts";
import styles from "./ReadingSettings.module.css";

type Props = {
  settings: Settings;
  /** Why a change might not be kept on this device, if it might not. */
  problem: StorageProblem | null;
  onChange: (change: Partial<Settings>) => void;
};

const TEXT_SIZE_LABELS: Record<TextSize, string> = {
  1: "Smallest",
  2: "Small",
  3: "Default",
  4: "Large",
  5: "Largest",
};
const WIDTH_LABELS: Record<Width, string> = {
  narrow: "Narrow",
  normal: "Normal",
  wide: "Wide",
};
const THEME_LABELS: Record<Theme, string> = {
  system: "System",
  light: "Light",
  dark: "Dark",
  sepia: "Sepia",
};
const FONT_LABELS: Record<Font, string> = {
  serif: "Serif",
  sans: "Sans",
  hyperlegible: "Hyperlegible",
};
const SHORTCUT_LABELS: Record<Shortcuts, string> = {
  on: "On",
  off: "Off",
};

const EARLY_PRESS = "text-settings";

export function ReadingSettings({ settings, problem, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // Pressed while its code was still on the way (Masthead.tsx): pressed again now.
  useEffect(() => {
    if (pressedEarly(EARLY_PRESS)) button.current?.click();
  }, []);

  // A click or tap anywhere else closes the panel, and leaves focus where the reader put it.
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (
        event.target instanceof Node &&
        !container.current?.contains(event.target)
      )
        setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  };

  return (
    // Escape bubbles here from the button and every radio in the panel.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={container}
      className={styles.settings}
      onKeyDown={closeOnEscape}
      data-needs-js=""
      data-print="hide"
      data-testid="reading-settings"
    >
      <button
        ref={button}
        data-early-press={EARLY_PRESS}
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        Text settings
      </button>
      <div id={panelId} className={styles.panel} hidden={!open}>
        {/* Only while open: a closed panel holds no second copy of a notice
            the page may already show. */}
        {open && problem && (
          <StorageProblemNotice problem={problem} subject="settings" />
        )}
        <Choices
          legend="Text size"
          options={TEXT_SIZES}
          labels={TEXT_SIZE_LABELS}
          value={settings.textSize}
          onChange={(textSize) => onChange({ textSize })}
        />
        <Choices
          legend="Line width"
          options={WIDTHS}
          labels={WIDTH_LABELS}
          value={settings.width}
          onChange={(width) => onChange({ width })}
        />
        <Choices
          legend="Theme"
          options={THEMES}
          labels={THEME_LABELS}
          value={settings.theme}
          onChange={(theme) => onChange({ theme })}
        />
        <Choices
          legend="Font"
          options={FONTS}
          labels={FONT_LABELS}
          value={settings.font}
          onChange={(font) => onChange({ font })}
          hint="Hyperlegible is Atkinson Hyperlegible, a face made for low vision. It downloads when you choose it."
        />
        <Choices
          legend="Single-key shortcuts"
          options={SHORTCUTS}
          labels={SHORTCUT_LABELS}
          value={settings.shortcuts}
          onChange={(shortcuts) => onChange({ shortcuts })}
          hint="Turn off if you use speech input or a screen reader's single-key navigation."
        />
      </div>
    </div>
  );
}

type ChoicesProps<T extends string | number> = {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
  /** A line under the choices, read out with the group's name. */
  hint?: string;
};

/** One setting as a group of radio buttons: arrow keys move within it, Tab moves past it. */
function Choices<T extends string | number>({
  legend,
  options,
  labels,
  value,
  onChange,
  hint,
}: ChoicesProps<T>) {
  const name = useId();
  const hintId = useId();
  return (
    <fieldset
      className={styles.group}
      aria-describedby={hint === undefined ? undefined : hintId}
    >
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.options}>
        {options.map((option) => (
          <label key={option} className={styles.option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={option === value}
              onChange={() => onChange(option)}
            />
            {labels[option]}
          </label>
        ))}
      </div>
      {hint !== undefined && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
    </fieldset>
  );
}
