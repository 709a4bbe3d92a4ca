/**
 * The build's card step: a share card for every story and brief, and the
 * site's own card. Each is kept in the build's cache under a hash of what it
 * is drawn from (its text, and the code, fonts and libraries that draw it),
 * so a build draws only new or changed cards and copies the rest.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Catalogue } from "../../../content/catalogue.ts";
import { cardPath, siteCardPath } from "../../../content/paths.ts";
import type { SiteWriter } from "../siteWriter.ts";
import { fontFiles } from "./cardFonts.ts";
import { drawInPool, type CardJob } from "./cardPool.ts";
import type { CardContent } from "./drawCard.tsx";

export type CardRun = { drawn: number; reused: number };

/** Everything a card's pixels depend on besides its own text. */
const CODE = [
  "drawCard.tsx",
  "cardFonts.ts",
  "fontFile.ts",
  "fitText.ts",
  "../../../content/dates.ts",
  "../../../content/paths.ts",
];
const LIBRARIES = ["satori", "@resvg/resvg-js", "opentype.js"];

export type CardTarget = { file: string; content: CardContent };

/**
 * File names as the site writer takes them (no leading slash).
 * @example cardTargets(catalogue)[0] // { file: "card.png", content: { kind: "site" } }
 */
export function cardTargets(catalogue: Catalogue): CardTarget[] {
  return [
    { file: siteCardPath.slice(1), content: { kind: "site" } },
    ...catalogue.stories.map((story): CardTarget => ({
      file: cardPath(story.slug).slice(1),
      content: {
        kind: "story",
        headline: story.headline,
        section: story.section,
        published: story.published,
      },
    })),
    ...catalogue.briefs.map((brief): CardTarget => ({
      file: cardPath(brief.slug).slice(1),
      content: { kind: "brief", headline: brief.headline },
    })),
  ];
}

/**
 * @param cacheDir the build's cache folder; cards are kept in its `cards/`
 * @example const { drawn, reused } = await writeCards(output, catalogue, cacheDir)
 */
export async function writeCards(
  output: SiteWriter,
  catalogue: Catalogue,
  cacheDir: string,
): Promise<CardRun> {
  const dir = join(cacheDir, "cards");
  await mkdir(dir, { recursive: true });
  const code = await cardCodeKey();
  const targets = cardTargets(catalogue).map((target) => ({
    ...target,
    key: createHash("sha256")
      .update(code)
      .update(JSON.stringify(target.content))
      .digest("hex"),
  }));
  const cached = new Set(await readdir(dir));
  const missing = new Map<string, CardJob>();
  for (const { key, content } of targets)
    if (!cached.has(`${key}.png`)) missing.set(key, { key, content });
  await drawInPool([...missing.values()], (key, png) =>
    writeFile(join(dir, `${key}.png`), png),
  );
  for (const { file, key } of targets)
    await output.write(file, await readFile(join(dir, `${key}.png`)));
  // Cards no story asks for any more (edited or removed) would pile up build after build.
  const wanted = new Set(targets.map(({ key }) => `${key}.png`));
  for (const name of cached)
    if (!wanted.has(name)) await rm(join(dir, name), { force: true });
  return { drawn: missing.size, reused: targets.length - missing.size };
}

/** @example await cardCodeKey() // "9b1e…", the same until a drawing file, a font or a library changes */
export async function cardCodeKey(): Promise<string> {
  const hash = createHash("sha256");
  const require = createRequire(import.meta.url);
  for (const name of LIBRARIES) {
    const manifest: unknown = require(`${name}/package.json`);
    const version =
      manifest && typeof manifest === "object" && "version" in manifest
        ? String(manifest.version)
        : "unknown";
    hash.update(`\0${name}@${version}`);
  }
  for (const file of [
    ...CODE.map((path) => new URL(path, import.meta.url)),
    ...fontFiles(),
  ]) {
    hash.update("\0");
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
}
