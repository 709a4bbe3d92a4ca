/**
 * Read from the built folder rather than the catalogue, so a new kind of page
 * (the front page's `/page/2/`, say) is measured the day it is built.
 */
import { readdir } from "node:fs/promises";
import { dirname, sep } from "node:path";
import {
  homePath,
  savedPath,
  searchPath,
  topicsPath,
} from "../../src/content/paths.ts";

/** For reports that compare like with like. */
export type PageKind =
  | "front"
  | "front, later page"
  | "story"
  | "brief"
  | "topics"
  | "topic"
  | "search"
  | "saved"
  | "other";

export type BuiltPage = { path: string; kind: PageKind };

/** /<section>/<yyyy>/<mm>/<dd>/<slug>/, as storyPath builds it in src/content/paths.ts. */
const STORY = /^\/[^/]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/;

/**
 * @example pageKind("/briefs/lavrov/") === "brief"
 * @example pageKind("/page/2/") === "front, later page"
 */
export function pageKind(path: string): PageKind {
  const pathname = path.split("?")[0] ?? path;
  if (pathname === homePath) return "front";
  if (/^\/page\/\d+\/$/.test(pathname)) return "front, later page";
  if (STORY.test(pathname)) return "story";
  if (/^\/briefs\/[^/]+\/$/.test(pathname)) return "brief";
  if (pathname === topicsPath) return "topics";
  if (/^\/topics\/[^/]+\/$/.test(pathname)) return "topic";
  if (pathname === searchPath()) return "search";
  if (pathname === savedPath) return "saved";
  return "other";
}

/** Sorted site paths ("/", "/topics/russia/"); 404.html and anything under `skip` are left out. */
export async function builtPages(
  dir: string,
  skip: string[] = [],
): Promise<BuiltPage[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter(
      (entry) => entry === "index.html" || entry.endsWith(`${sep}index.html`),
    )
    .map((entry) => {
      const folder = dirname(entry);
      return folder === "." ? "/" : `/${folder.split(sep).join("/")}/`;
    })
    .filter((path) => !skip.some((prefix) => path.startsWith(prefix)))
    .sort()
    .map((path) => ({ path, kind: pageKind(path) }));
}
