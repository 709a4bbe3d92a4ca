// Settings live in <html> attributes so the head script can apply them before first paint.
// A missing attribute (no JavaScript, dev server) means the default in CSS.

export const TEXT_SIZES = [1, 2, 3, 4, 5] as const;
export const WIDTHS = ["narrow", "normal", "wide"] as const;
export const THEMES = ["system", "light", "dark", "sepia"] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type Width = (typeof WIDTHS)[number];
export type Theme = (typeof THEMES)[number];

export type Settings = {
  textSize: TextSize;
  width: Width;
  theme: Theme;
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  textSize: 3,
  width: "normal",
  theme: "system",
});

export const STORAGE_KEY = "dateline:settings";
/** Written with every save, so a later format can tell this one apart. */
export const STORAGE_VERSION = 1;

export const ATTRIBUTES = {
  textSize: "data-text-size",
  width: "data-width",
  theme: "data-theme",
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
  };
}

export function applySettings(
  root: Pick<Element, "setAttribute">,
  settings: Settings,
): void {
  for (const [name, value] of Object.entries(settingsAttributes(settings)))
    root.setAttribute(name, value);
}
