/**
 * The inline script that puts the reader's settings on <html> before first
 * paint, so a dark-theme reader never sees a flash of the light page. It runs
 * before any bundle, so it is plain ES5 and must never throw; the build
 * allows it by its hash in the Content-Security-Policy (prerender/document.ts).
 *
 * It is written from the same lists and defaults as settings.ts, and
 * headScript.test.ts checks it gives the same attributes as applySettings.
 */
import {
  ATTRIBUTES,
  DEFAULT_SETTINGS,
  STORAGE_KEY,
  TEXT_SIZES,
  THEMES,
  WIDTHS,
} from "./settings.ts";

const json = (value: unknown) => JSON.stringify(value);

function setting(field: keyof typeof ATTRIBUTES, allowed: readonly unknown[]) {
  return `r.setAttribute(${json(ATTRIBUTES[field])},String(p(s.${field},${json(allowed)},${json(DEFAULT_SETTINGS[field])})));`;
}

/** The script's text, exactly as it goes between <script> and </script>. */
export const HEAD_SCRIPT =
  "(function(w){var s={};" +
  `try{s=JSON.parse(w.localStorage.getItem(${json(STORAGE_KEY)}))||{}}catch(e){}` +
  "function p(v,a,d){for(var i=0;i<a.length;i++)if(a[i]===v)return v;return d}" +
  "try{var r=w.document.documentElement;" +
  setting("textSize", TEXT_SIZES) +
  setting("width", WIDTHS) +
  setting("theme", THEMES) +
  "}catch(e){}})(window)";
