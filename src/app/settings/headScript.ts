// Applies settings before first paint so a dark-theme reader sees no light flash. It runs before
// any bundle, so plain ES5 that never throws; the CSP allows it by hash (prerender/document.ts).
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

export const HEAD_SCRIPT =
  "(function(w){var s={};" +
  `try{s=JSON.parse(w.localStorage.getItem(${json(STORAGE_KEY)}))||{}}catch(e){}` +
  "function p(v,a,d){for(var i=0;i<a.length;i++)if(a[i]===v)return v;return d}" +
  "try{var r=w.document.documentElement;" +
  setting("textSize", TEXT_SIZES) +
  setting("width", WIDTHS) +
  setting("theme", THEMES) +
  "}catch(e){}})(window)";
