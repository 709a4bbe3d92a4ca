/**
 * A page with every script taken out: the story's LCP over this one's is what
 * the scripts cost the first view.
 *
 *     await writeBaseline("dist", "/world/2018/04/20/x/")
 *     // → "/bench-baseline/world/2018/04/20/x/"
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** A prefix no page of the site uses. */
export const BASELINE_PREFIX = "/bench-baseline";

/** Every <script> element with its contents, inline or not, of any type. */
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const LINK = /<link\b[^>]*>/gi;

/**
 * Also drops links that preload a script; everything else stays byte for byte.
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
