/**
 * The no-JavaScript baseline: a copy of a pre-rendered page with every script
 * taken out, so Lighthouse can say how fast the same HTML and CSS would be if
 * no script competed with them. The story's LCP over this one's is what the
 * scripts cost the first view.
 *
 *     await writeBaseline("dist", "/world/2018/04/20/x/")
 *     // → "/bench-baseline/world/2018/04/20/x/" (dist/bench-baseline/world/…/index.html)
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** Where baselines go in the served folder; a prefix no page of the site uses. */
export const BASELINE_PREFIX = "/bench-baseline";

/** Every <script> element, with its contents, inline or not, of any type. */
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const LINK = /<link\b[^>]*>/gi;

/**
 * The page without its scripts: no <script> of any kind (the app, the
 * settings script in the head, JSON-LD, inline data) and no link that
 * preloads a script. Everything else is left byte for byte.
 *
 * @example withoutScripts('<p>a</p><script src="/x.js"></script>') === "<p>a</p>"
 */
export function withoutScripts(html: string): string {
  return html
    .replace(SCRIPT, "")
    .replace(LINK, (tag) => (preloadsScript(tag) ? "" : tag));
}

/** <link rel="modulepreload"> and <link rel="preload" as="script"> download scripts too. */
function preloadsScript(link: string): boolean {
  const rel =
    /\brel\s*=\s*["']?([^"'>]+)/i.exec(link)?.[1]?.toLowerCase() ?? "";
  const as = /\bas\s*=\s*["']?([^"'\s>]+)/i.exec(link)?.[1]?.toLowerCase();
  const rels = rel.split(/\s+/);
  return (
    rels.includes("modulepreload") ||
    (rels.includes("preload") && as === "script")
  );
}

/** Writes the baseline of the page at `path` into `dir` and returns its path. */
export async function writeBaseline(
  dir: string,
  path: string,
): Promise<string> {
  const html = await readFile(join(dir, path, "index.html"), "utf8");
  const baselinePath = `${BASELINE_PREFIX}${path}`;
  const file = join(dir, baselinePath, "index.html");
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, withoutScripts(html));
  return baselinePath;
}
