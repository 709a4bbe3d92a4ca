// Settings live in <html> attributes so the head script can apply them before first paint.
// A missing attribute (no JavaScript, dev server) means the default in CSS.

export const TEXT_SIZES = [1, 2, 3, 4, 5] as const;
export const WIDTHS = ["narrow", "normal", "wide"] as const;
export const THEMES = ["system", "light", "dark", "sepia"] as const;
/** The reading face: the serif, the system's sans, or Atkinson Hyperlegible (downloaded only when chosen). */
export const FONTS = ["serif", "sans", "hyperlegible"] as const;
/**
 * Single-key shortcuts, which speech input and a screen reader's own
 * single-key navigation can set off by accident (WCAG 2.1.4). The shortcuts
 * read `data-shortcuts` on <html>: "off" turns them off.
 */
export const SHORTCUTS = ["on", "off"] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type Width = (typeof WIDTHS)[number];
export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type Shortcuts = (typeof SHORTCUTS)[number];

export type Settings = {
  textSize: TextSize;
  width: Width;
  theme: Theme;
  font: Font;
  shortcuts: Shortcuts;
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  textSize: 3,
  width: "normal",
  theme: "system",
  font: "serif",
  shortcuts: "on",
});

export const STORAGE_KEY = "dateline:settings";
/**
 * Written with every save, so a later format can tell this one apart. Still 1
 * with font and shortcuts added: a field a reader never chose is simply absent
 * and reads as its default, so adding one keeps every stored value readable.
 */
export const STORAGE_VERSION = 1;

export const ATTRIBUTES = {
  textSize: "data-text-size",
  width: "data-width",
  theme: "data-theme",
  font: "data-font",
  shortcuts: "data-shortcuts",
} as const satisfies Record<keyof Settings, string>;

function oneOf<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((option) => option === value) ?? fallback;
}

/** Falls back field by field, so one bad field does not cost the reader the rest. */
export function parseSettings(stored: string | null): Settings {
  let data: unknown;
  try {
    data = stored === null ? null : JSON.parse(stored);
  } catch {
    data = null;
  }
  const fields: Partial<Record<keyof Settings, unknown>> =
    typeof data === "object" && data !== null ? data : {};
  return {
    textSize: oneOf(TEXT_SIZES, fields.textSize, DEFAULT_SETTINGS.textSize),
    width: oneOf(WIDTHS, fields.width, DEFAULT_SETTINGS.width),
    theme: oneOf(THEMES, fields.theme, DEFAULT_SETTINGS.theme),
    font: oneOf(FONTS, fields.font, DEFAULT_SETTINGS.font),
    shortcuts: oneOf(SHORTCUTS, fields.shortcuts, DEFAULT_SETTINGS.shortcuts),
  };
}

/** Copied aside before a change replaces it; parseSettings still salvages what the head script would. */
export function isUnreadableSettings(stored: string): boolean {
  try {
    const data: unknown = JSON.parse(stored);
    return (
      typeof data !== "object" ||
      data === null ||
      Array.isArray(data) ||
      ("version" in data && data.version !== STORAGE_VERSION)
    );
  } catch {
    return true;
  }
}

/** What the head script applied: the reader's settings before the store has loaded. */
export function settingsOf(root: Pick<Element, "getAttribute">): Settings {
  const size = Number(root.getAttribute(ATTRIBUTES.textSize));
  return {
    textSize: oneOf(TEXT_SIZES, size, DEFAULT_SETTINGS.textSize),
    width: oneOf(
      WIDTHS,
      root.getAttribute(ATTRIBUTES.width),
      DEFAULT_SETTINGS.width,
    ),
    theme: oneOf(
      THEMES,
      root.getAttribute(ATTRIBUTES.theme),
      DEFAULT_SETTINGS.theme,
    ),
    font: oneOf(
      FONTS,
      root.getAttribute(ATTRIBUTES.font),
      DEFAULT_SETTINGS.font,
    ),
    shortcuts: oneOf(
      SHORTCUTS,
      root.getAttribute(ATTRIBUTES.shortcuts),
      DEFAULT_SETTINGS.shortcuts,
    ),
  };
}

/** Values that are not allowed are ignored. */
export function mergeSettings(
  current: Settings,
  change: Partial<Settings>,
): Settings {
  return {
    textSize: oneOf(TEXT_SIZES, change.textSize, current.textSize),
    width: oneOf(WIDTHS, change.width, current.width),
    theme: oneOf(THEMES, change.theme, current.theme),
    font: oneOf(FONTS, change.font, current.font),
    shortcuts: oneOf(SHORTCUTS, change.shortcuts, current.shortcuts),
  };
}

export function serializeSettings(settings: Settings): string {
  return JSON.stringify({ version: STORAGE_VERSION, ...settings });
}

export function settingsAttributes(settings: Settings): Record<string, string> {
  return {
    [ATTRIBUTES.textSize]: String(settings.textSize),
    [ATTRIBUTES.width]: settings.width,
    [ATTRIBUTES.theme]: settings.theme,
    [ATTRIBUTES.font]: settings.font,
    [ATTRIBUTES.shortcuts]: settings.shortcuts,
  };
}

export function applySettings(
  root: Pick<Element, "setAttribute">,
  settings: Settings,
): void {
  for (const [name, value] of Object.entries(settingsAttributes(settings)))
    root.setAttribute(name, value);
}
