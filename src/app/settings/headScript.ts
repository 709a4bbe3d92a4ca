// Applies settings before first paint so a dark-theme reader sees no light flash. It runs before
// any bundle, so plain ES5 that never throws; the CSP allows it by hash (prerender/document.ts).
import {
  ATTRIBUTES,
  DEFAULT_SETTINGS,
  FONTS,
  SHORTCUTS,
  STORAGE_KEY,
  TEXT_SIZES,
  THEMES,
  WIDTHS,
} from "./settings.ts";

/**
 * The id of the inert <template> in index.html that holds the hyperlegible
 * face's preload links. The build gives the fonts hashed names that this
 * script cannot know, but it rewrites links in the page template, inside a
 * <template> too; so the links live there, fetch nothing, and this script
 * copies them into the head only for a reader who chose the face. It stands
 * before the script, which can only see what is already parsed.
 */
export const FONT_PRELOAD_ID = "dateline-font-preload";

const json = (value: unknown) => JSON.stringify(value);

function setting(field: keyof typeof ATTRIBUTES, allowed: readonly unknown[]) {
  return `r.setAttribute(${json(ATTRIBUTES[field])},String(p(s.${field},${json(allowed)},${json(DEFAULT_SETTINGS[field])})));`;
}

export const HEAD_SCRIPT =
  "(function(w){var s={};" +
  `try{s=JSON.parse(w.localStorage.getItem(${json(STORAGE_KEY)}))||{}}catch(e){}` +
  "function p(v,a,d){for(var i=0;i<a.length;i++)if(a[i]===v)return v;return d}" +
  "try{var r=w.document.documentElement;" +
  setting("textSize", TEXT_SIZES) +
  setting("width", WIDTHS) +
  setting("theme", THEMES) +
  setting("font", FONTS) +
  setting("shortcuts", SHORTCUTS) +
  `if(s.font===${json("hyperlegible" satisfies (typeof FONTS)[number])}){` +
  `var t=w.document.getElementById(${json(FONT_PRELOAD_ID)});` +
  "if(t&&t.content)w.document.head.appendChild(t.content.cloneNode(true))}" +
  "}catch(e){}})(window)";
