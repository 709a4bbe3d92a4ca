// For the pre-render's tests: a page drawn into a bare template and parsed
// as a browser with JavaScript off (or a crawler) would parse it.
import type { Content } from "../../../content/content.ts";
import {
  DATA_MARKER,
  fillTemplate,
  HEAD_MARKER,
  PAGE_MARKER,
} from "./document.ts";
import { renderPage } from "./renderPage.tsx";

const template = `<!doctype html><html lang="en"><head>${HEAD_MARKER}</head><body><div id="root">${PAGE_MARKER}</div>${DATA_MARKER}</body></html>`;

/** @example const { status, doc, meta } = await prerenderedPage("/topics/", content); meta("og:title") */
export async function prerenderedPage(path: string, content: Content) {
  const rendered = await renderPage(path, content);
  const doc = new DOMParser().parseFromString(
    fillTemplate(template, rendered),
    "text/html",
  );
  const meta = (key: string) =>
    [
      ...doc.head.querySelectorAll(
        `meta[name="${key}"], meta[property="${key}"]`,
      ),
    ].map((m) => m.getAttribute("content"));
  return { status: rendered.status, doc, meta };
}
