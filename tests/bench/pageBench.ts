/**
 * Builds the site (or, with --site, copies one built before), serves it the
 * way a CDN would (br/gzip, see src/tools/serve), then measures bytes against
 * the budgets, Lighthouse medians (the no-JS baseline interleaved with the
 * story's runs so both see the same machine) with the long tasks of the
 * median run, and client-side navigation against hard loads, unthrottled and
 * on the phone profile.
 */
import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../browser/chromium.ts";
import { STORY_PATH } from "../browser/fixtures.ts";
import {
  launchChromium,
  serveSite,
  siteUrl,
  stop,
} from "../lighthouse/launch.ts";
import { BASELINE_PREFIX, writeBaseline } from "./baseline.ts";
import {
  BUDGETS,
  budgetFigures,
  budgetTable,
  overBudget,
  type PageFigures,
} from "./budgets.ts";
import { BuildError, buildSite } from "./buildSite.ts";
import {
  builtPages,
  pageKind,
  type BuiltPage,
  type PageKind,
} from "./builtPages.ts";
import { lighthouseRun, type LighthouseFigures } from "./lighthouseRun.ts";
import { longTaskTable, medianRun } from "./longTasks.ts";
import { median } from "./median.ts";
import {
  clientNavigation,
  firstStory,
  hardLoad,
  HOVER_MS,
  relatedStory,
  type HardLoad,
  type LinkChoice,
} from "./navigation.ts";
import type { BenchOptions } from "./options.ts";
import { measurePage, type PageWeight } from "./pageWeight.ts";
import { PHONE_LABEL } from "./phone.ts";
import { kb, type Sizes } from "./sizes.ts";
import { clip, formatTable } from "./table.ts";
import { checkTargets, ms, type TargetResult } from "./targets.ts";
import { searchPath } from "../../src/content/paths.ts";

const OUT_DIR = resolve("node_modules/.cache/dateline-bench/site");
/** Pages of one kind share their scripts; a few of each say as much as all. */
const SAMPLES_PER_KIND = 5;

type Weighed = { path: string; kind: PageKind; weight: PageWeight };

type LighthouseTarget = { name: string; path: string };

type LighthouseReport = {
  targets: LighthouseTarget[];
  runs: {
    name: string;
    path: string;
    round: number;
    figures: LighthouseFigures;
  }[];
  /**
   * Each page's medians, metric by metric; `longTasks` are those of the run
   * whose TBT is the median (`medianRound`, null when no run had a TBT).
   */
  medians: {
    name: string;
    path: string;
    figures: LighthouseFigures;
    medianRound: number | null;
  }[];
};

/** The pages whose long tasks are printed: those with a TBT target. */
const LONG_TASK_PAGES = ["story", "front", "topic"];

type PhoneNavigation = {
  name: string;
  from: string;
  to: string;
  clientMs: number[];
  hardLoads: HardLoad[];
  medians: {
    clientMs: number | null;
    hardFcpMs: number | null;
    hardHydratedMs: number | null;
  };
};

type NavigationReport =
  | {
      from: string;
      to: string;
      clientMs: number[];
      clientFocusedMs: number[];
      hardLoads: HardLoad[];
      medians: {
        clientMs: number | null;
        clientFocusedMs: number | null;
        hardFcpMs: number | null;
        hardHydratedMs: number | null;
      };
    }
  | { notMeasured: string };

export type PageBenchReport = {
  kind: "pages";
  generatedAt: string;
  commit: string;
  machine: {
    cpus: number;
    cpuModel: string;
    loadAverage: number[];
    node: string;
    chromium: string;
  };
  options: { runs: number; navs: number };
  site: string;
  /** null when the bench measured a site built before (--site). */
  buildMs: number | null;
  /** The folder --site named, or null when the bench built the site itself. */
  builtBefore: string | null;
  budgets: typeof BUDGETS;
  pages: {
    path: string;
    kind: PageKind;
    html: Sizes;
    js: Sizes;
    css: Sizes;
    data: Sizes;
    laterJs: Sizes;
    thirdParty: string[];
    errors: string[];
  }[];
  overBudget: string[];
  searchIndexOutsideSearch: string[];
  lighthouse: LighthouseReport;
  navigation: NavigationReport;
  /** Each navigation timed on the phone profile (phone.ts), with the pointer resting HOVER_MS on the link first. */
  phoneNavigation: { hoverMs: number; routes: PhoneNavigation[] };
  targets: TargetResult[];
};

export async function pageBench(
  options: BenchOptions,
): Promise<PageBenchReport> {
  const loadAverage = loadavg();
  await mkdir(OUT_DIR, { recursive: true });
  // Listening first gives the URL the build must be told as its origin.
  const server = await serveSite(OUT_DIR, options.port);
  try {
    const site = siteUrl(server);
    const urlOf = (path: string) => new URL(path.slice(1), site).href;
    const buildMs = options.site
      ? await copyBuiltSite(options.site, site)
      : await build(site);
    const pages = await builtPages(OUT_DIR, [`${BASELINE_PREFIX}/`]);
    const chosen = choosePages(pages);

    const browser = await chromium.launch(chromiumLaunchOptions);
    let weighed: Weighed[];
    let navigation: NavigationReport;
    const phoneRoutes: PhoneNavigation[] = [];
    let chromiumVersion: string;
    try {
      chromiumVersion = browser.version();
      weighed = await weighPages(browser, samples(pages, chosen.search), urlOf);
      navigation = chosen.story
        ? await timeNavigation(browser, urlOf(chosen.story), options.navs)
        : { notMeasured: "no story page in the build" };
      const phoneNavs = phoneNavCount(options.navs);
      if (chosen.story)
        phoneRoutes.push(
          await timePhoneNavigation(browser, phoneNavs, {
            name: "story → related story",
            from: urlOf(chosen.story),
            choose: relatedStory,
          }),
        );
      if (pages.some((page) => page.kind === "story"))
        phoneRoutes.push(
          await timePhoneNavigation(browser, phoneNavs, {
            name: "front page → story",
            from: urlOf("/"),
            choose: firstStory,
          }),
        );
    } finally {
      await browser.close();
    }

    const targets: LighthouseTarget[] = [
      { name: "front", path: "/" },
      ...(chosen.story
        ? [
            { name: "story", path: chosen.story },
            {
              name: "story, no JS",
              path: await writeBaseline(OUT_DIR, chosen.story),
            },
          ]
        : []),
      ...(chosen.topic ? [{ name: "topic", path: chosen.topic }] : []),
      ...(chosen.search ? [{ name: "search", path: chosen.search }] : []),
    ];
    const lighthouse = await runLighthouse(targets, options.runs, urlOf);

    const figures = weighed.map(({ path, kind, weight }) =>
      budgetFigures(path, kind, weight),
    );
    const mediansOf = (name: string) =>
      lighthouse.medians.find((each) => each.name === name)?.figures ?? null;
    const report: PageBenchReport = {
      kind: "pages",
      generatedAt: new Date().toISOString(),
      commit: gitCommit(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? "unknown",
        loadAverage,
        node: process.version,
        chromium: chromiumVersion,
      },
      options: { runs: options.runs, navs: options.navs },
      site,
      buildMs,
      builtBefore: options.site ? relative(process.cwd(), options.site) : null,
      budgets: BUDGETS,
      pages: weighed.map(({ path, kind, weight }) => ({
        path,
        kind,
        html: weight.html,
        js: weight.js,
        css: weight.css,
        data: weight.data,
        laterJs: weight.laterJs,
        thirdParty: weight.thirdParty,
        errors: weight.errors,
      })),
      overBudget: figures.flatMap(overBudget),
      searchIndexOutsideSearch: searchIndexOutsideSearch(weighed),
      lighthouse,
      navigation,
      phoneNavigation: { hoverMs: HOVER_MS, routes: phoneRoutes },
      targets: checkTargets({
        pages: lighthouse.medians.filter(
          (each) => !each.path.startsWith(BASELINE_PREFIX),
        ),
        storyLcp: mediansOf("story")?.lcp ?? null,
        baselineLcp: mediansOf("story, no JS")?.lcp ?? null,
        clientNavigationMs:
          "medians" in navigation ? navigation.medians.clientMs : null,
        hardLoadMs:
          "medians" in navigation ? navigation.medians.hardFcpMs : null,
        phoneNavigations: phoneRoutes.map(({ name, medians }) => ({
          name,
          clientMs: medians.clientMs,
          hardLoadMs: medians.hardFcpMs,
        })),
        initialJs: largestJs(weighed),
      }),
    };
    printPageReport(report, figures);
    return report;
  } finally {
    stop(server);
  }
}

/** Builds the site for `site` (its URL, which the build takes as its origin); resolves to the time it took. */
async function build(site: string): Promise<number> {
  progress(`building for ${site} into ${OUT_DIR}`);
  const { ms } = await buildSite(OUT_DIR, {
    DATELINE_ORIGIN: new URL(site).origin,
  });
  return ms;
}

/**
 * Copies a site built before into the bench's folder, which the server
 * already serves: the bench adds its no-JS baseline page there, and the
 * built folder stays as it was. Its canonical URLs keep the origin it was
 * built for; served on another port, the pages behave the same (every link
 * the app follows is relative), so the figures are those of that build.
 */
async function copyBuiltSite(dir: string, site: string): Promise<null> {
  if (!existsSync(join(dir, "index.html")))
    throw new BuildError(
      `--site ${relative(process.cwd(), dir) || "."}: no index.html there; run \`npm run build\` first`,
    );
  progress(`measuring the site built in ${dir}, served at ${site}`);
  await rm(OUT_DIR, { recursive: true, force: true });
  await cp(dir, OUT_DIR, { recursive: true });
  return null;
}

/** The pages Lighthouse measures and the story navigation starts from. */
function choosePages(pages: BuiltPage[]): {
  story?: string;
  topic?: string;
  search?: string;
} {
  const first = (kind: PageKind) =>
    pages.find((page) => page.kind === kind)?.path;
  // The seed story: its related stories are what the navigation clicks.
  const story = pages.some((page) => page.path === STORY_PATH)
    ? STORY_PATH
    : first("story");
  const topic = first("topic");
  // A search with results: the topic's own words will find its stories.
  const words = topic?.split("/").at(-2)?.replaceAll("-", " ");
  const search =
    pages.some((page) => page.kind === "search") && words
      ? searchPath(words)
      : undefined;
  return {
    ...(story ? { story } : {}),
    ...(topic ? { topic } : {}),
    ...(search ? { search } : {}),
  };
}

function samples(pages: BuiltPage[], search: string | undefined): BuiltPage[] {
  const taken = new Map<PageKind, number>();
  const chosen = pages.filter(({ kind }) => {
    const count = taken.get(kind) ?? 0;
    taken.set(kind, count + 1);
    return count < SAMPLES_PER_KIND;
  });
  return search
    ? [...chosen, { path: search, kind: pageKind(search) }]
    : chosen;
}

async function weighPages(
  browser: Parameters<typeof measurePage>[0],
  pages: BuiltPage[],
  urlOf: (path: string) => string,
): Promise<Weighed[]> {
  const weighed: Weighed[] = [];
  for (const { path, kind } of pages) {
    progress(`weighing ${path}`);
    weighed.push({
      path,
      kind,
      weight: await measurePage(browser, urlOf(path)),
    });
  }
  return weighed;
}

function searchIndexOutsideSearch(weighed: Weighed[]): string[] {
  return weighed
    .filter(
      ({ kind, weight }) =>
        kind !== "search" &&
        weight.resources.some((resource) =>
          /\/search\.json(\?|$)/.test(resource.url),
        ),
    )
    .map(({ path }) => path);
}

async function timeNavigation(
  browser: Parameters<typeof clientNavigation>[0],
  storyUrl: string,
  navs: number,
): Promise<NavigationReport> {
  const clientMs: number[] = [];
  const clientFocusedMs: number[] = [];
  const hardLoads: HardLoad[] = [];
  let to = "";
  // Alternated, so both kinds see the same machine over the same minutes.
  for (let i = 1; i <= navs; i += 1) {
    progress(`navigation ${i}/${navs}`);
    const client = await clientNavigation(browser, storyUrl, relatedStory, {
      phone: false,
    });
    to = client.target;
    clientMs.push(client.ms);
    clientFocusedMs.push(client.focusedMs);
    hardLoads.push(await hardLoad(browser, storyUrl, to, { phone: false }));
  }
  return {
    from: storyUrl,
    to,
    clientMs,
    clientFocusedMs,
    hardLoads,
    medians: {
      clientMs: median(clientMs),
      clientFocusedMs: median(clientFocusedMs),
      hardFcpMs: median(hardLoads.map((load) => load.fcpMs)),
      hardHydratedMs: median(hardLoads.map((load) => load.hydratedMs)),
    },
  };
}

/**
 * Half as many as unthrottled (at least one): each takes several times
 * longer on the phone, and there are two of them.
 */
function phoneNavCount(navs: number): number {
  return Math.max(1, Math.ceil(navs / 2));
}

async function timePhoneNavigation(
  browser: Parameters<typeof clientNavigation>[0],
  navs: number,
  route: { name: string; from: string; choose: LinkChoice },
): Promise<PhoneNavigation> {
  const clientMs: number[] = [];
  const hardLoads: HardLoad[] = [];
  let to = "";
  for (let i = 1; i <= navs; i += 1) {
    progress(`on the phone, ${route.name} ${i}/${navs}`);
    const client = await clientNavigation(browser, route.from, route.choose, {
      phone: true,
    });
    to = client.target;
    clientMs.push(client.ms);
    hardLoads.push(await hardLoad(browser, route.from, to, { phone: true }));
  }
  return {
    name: route.name,
    from: route.from,
    to,
    clientMs,
    hardLoads,
    medians: {
      clientMs: median(clientMs),
      hardFcpMs: median(hardLoads.map((load) => load.fcpMs)),
      hardHydratedMs: median(hardLoads.map((load) => load.hydratedMs)),
    },
  };
}

function largestJs(weighed: Weighed[]): { path: string; gzip: number } | null {
  return weighed.reduce<{ path: string; gzip: number } | null>(
    (found, { path, weight }) =>
      found === null || weight.js.gzip > found.gzip
        ? { path, gzip: weight.js.gzip }
        : found,
    null,
  );
}

async function runLighthouse(
  targets: LighthouseTarget[],
  runs: number,
  urlOf: (path: string) => string,
): Promise<LighthouseReport> {
  const profile = await mkdtemp(join(tmpdir(), "dateline-bench-"));
  const browser = await launchChromium(profile);
  const results: LighthouseReport["runs"] = [];
  try {
    for (let round = 1; round <= runs; round += 1)
      for (const target of roundOrder(targets, round)) {
        progress(`lighthouse ${round}/${runs}: ${target.name} ${target.path}`);
        results.push({
          ...target,
          round,
          figures: await lighthouseRun(browser, urlOf(target.path)),
        });
      }
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
  return {
    targets,
    runs: results,
    medians: targets.map((target) => {
      const own = results.filter((run) => run.name === target.name);
      const middle = medianRun(
        own.map(({ round, figures }) => ({ round, tbt: figures.tbt, figures })),
      );
      return {
        ...target,
        figures: {
          ...medianFigures(own.map((run) => run.figures)),
          longTasks: middle?.figures.longTasks ?? [],
        },
        medianRound: middle?.round ?? null,
      };
    }),
  };
}

/**
 * Every other round runs the baseline before the story rather than after, so
 * neither always follows the other (a warm disk cache, a busy moment).
 */
function roundOrder(
  targets: LighthouseTarget[],
  round: number,
): LighthouseTarget[] {
  if (round % 2 === 1) return targets;
  const story = targets.findIndex((target) => target.name === "story");
  const baseline = targets.findIndex(
    (target) => target.name === "story, no JS",
  );
  if (story < 0 || baseline < 0) return targets;
  const swapped = [...targets];
  [swapped[story], swapped[baseline]] = [
    targets[baseline] as LighthouseTarget,
    targets[story] as LighthouseTarget,
  ];
  return swapped;
}

function medianFigures(runs: LighthouseFigures[]): LighthouseFigures {
  const of = (
    key: Exclude<
      keyof LighthouseFigures,
      "failedAudits" | "runtimeError" | "longTasks"
    >,
  ) => median(runs.flatMap((run) => (run[key] === null ? [] : [run[key]])));
  const errors = [
    ...new Set(
      runs.flatMap((run) => (run.runtimeError ? [run.runtimeError] : [])),
    ),
  ];
  return {
    performance: of("performance"),
    accessibility: of("accessibility"),
    bestPractices: of("bestPractices"),
    seo: of("seo"),
    fcp: of("fcp"),
    lcp: of("lcp"),
    tbt: of("tbt"),
    cls: of("cls"),
    tti: of("tti"),
    speedIndex: of("speedIndex"),
    // The median run's, chosen by the caller: tasks do not have a median.
    longTasks: [],
    // Any run's: a failure that comes and goes is still worth a look.
    failedAudits: [...new Set(runs.flatMap((run) => run.failedAudits))],
    runtimeError: errors.length === 0 ? null : errors.join("; "),
  };
}

function gitCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      encoding: "utf8",
    }).trim();
  } catch {
    return "unknown";
  }
}

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

// ---------------------------------------------------------------- the tables

function printPageReport(
  report: PageBenchReport,
  figures: PageFigures[],
): void {
  const out: string[] = [];
  const sizes = (s: Sizes) => [kb(s.raw), kb(s.gzip), kb(s.brotli)];
  out.push(
    `\nDateline bench, ${report.commit}, ${report.machine.cpus} × ${report.machine.cpuModel}, load ${report.machine.loadAverage.map((n) => n.toFixed(2)).join(" ")}`,
    `${report.machine.chromium === "" ? "" : `Chromium ${report.machine.chromium}, `}Lighthouse 12.2.3, ${report.site}, ${report.buildMs === null ? `built before, in ${report.builtBefore ?? "?"}/` : `built in ${(report.buildMs / 1000).toFixed(1)} s`}`,
  );

  out.push(
    "\nInitial JS and CSS per kind of page (fetched on load, up to hydration; the largest page of each kind):",
  );
  const kinds = [...new Set(report.pages.map((page) => page.kind))];
  out.push(
    formatTable(
      [
        { header: "kind" },
        { header: "pages", align: "right" },
        { header: "JS", align: "right" },
        { header: "JS gzip", align: "right" },
        { header: "JS br", align: "right" },
        { header: "CSS", align: "right" },
        { header: "CSS gzip", align: "right" },
        { header: "CSS br", align: "right" },
        { header: "JSON gzip", align: "right" },
        { header: "JS later", align: "right" },
      ],
      kinds.map((kind) => {
        const ofKind = report.pages.filter((page) => page.kind === kind);
        const largest = (pick: (page: (typeof ofKind)[number]) => Sizes) =>
          ofKind.map(pick).reduce((a, b) => (b.gzip > a.gzip ? b : a));
        return [
          kind,
          String(ofKind.length),
          ...sizes(largest((page) => page.js)),
          ...sizes(largest((page) => page.css)),
          kb(largest((page) => page.data).gzip),
          kb(largest((page) => page.laterJs).gzip),
        ];
      }),
    ),
  );

  out.push("\nHTML of each page:");
  out.push(
    formatTable(
      [
        { header: "page" },
        { header: "kind" },
        { header: "HTML", align: "right" },
        { header: "gzip", align: "right" },
        { header: "br", align: "right" },
      ],
      report.pages.map((page) => [
        clip(page.path),
        page.kind,
        ...sizes(page.html),
      ]),
    ),
  );

  for (const page of report.pages)
    for (const error of page.errors)
      out.push(`console error on ${page.path}: ${error}`);
  out.push("\nBudgets (gzip):", budgetTable(figures));
  const thirdParty = report.pages.flatMap((page) => page.thirdParty);
  out.push(
    report.overBudget.length === 0
      ? "every page within budget"
      : `${report.overBudget.length} over budget (marked "over"; the list is in the report)`,
    ...thirdParty.map((url) => `third-party request: ${url}`),
  );
  out.push(
    report.searchIndexOutsideSearch.length === 0
      ? "search index fetched outside search: nowhere"
      : `search index fetched outside search: ${report.searchIndexOutsideSearch.join(", ")}`,
  );

  out.push(
    `\nLighthouse, mobile (simulated throttling), median of ${report.options.runs}:`,
  );
  const score = (n: number | null) =>
    n === null ? "–" : String(Math.round(n));
  out.push(
    formatTable(
      [
        { header: "page" },
        { header: "perf", align: "right" },
        { header: "a11y", align: "right" },
        { header: "b.p.", align: "right" },
        { header: "SEO", align: "right" },
        { header: "FCP", align: "right" },
        { header: "LCP", align: "right" },
        { header: "TBT", align: "right" },
        { header: "CLS", align: "right" },
        { header: "TTI", align: "right" },
        { header: "SI", align: "right" },
      ],
      report.lighthouse.medians.map(({ name, path, figures: f }) => [
        `${name} ${clip(path, 44)}`,
        score(f.performance),
        score(f.accessibility),
        score(f.bestPractices),
        score(f.seo),
        ms(f.fcp),
        ms(f.lcp),
        ms(f.tbt),
        f.cls === null ? "–" : f.cls.toFixed(3),
        ms(f.tti),
        ms(f.speedIndex),
      ]),
    ),
  );
  const errors = report.lighthouse.medians.filter(
    (each) => each.figures.runtimeError,
  );
  for (const { name, figures: f } of errors)
    out.push(`  ${name}: ${f.runtimeError}`);
  for (const { name, figures: f } of report.lighthouse.medians)
    if (f.failedAudits.length > 0)
      out.push(`  ${name}: below 100 in ${f.failedAudits.join(", ")}`);

  const withTasks = report.lighthouse.medians.filter(({ name }) =>
    LONG_TASK_PAGES.includes(name),
  );
  if (withTasks.length > 0) {
    out.push(
      "\nLong tasks (50 ms or more on Lighthouse's simulated phone; start from navigation start) of the run whose TBT is the median:",
    );
    out.push(
      longTaskTable(
        withTasks.map(({ name, figures: f, medianRound }) => ({
          name: medianRound === null ? name : `${name} (run ${medianRound})`,
          tbt:
            report.lighthouse.runs.find(
              (run) => run.name === name && run.round === medianRound,
            )?.figures.tbt ?? null,
          tasks: f.longTasks,
        })),
      ),
    );
  }

  if ("medians" in report.navigation) {
    const nav = report.navigation;
    out.push(
      `\nNavigation to ${new URL(nav.to).pathname}, median of ${nav.clientMs.length} (unthrottled Chromium):`,
    );
    out.push(
      formatTable(
        [
          { header: "how" },
          { header: "median", align: "right" },
          { header: "hard / client", align: "right" },
        ],
        [
          [
            "client-side: click → new h1 painted and focused",
            ms(nav.medians.clientMs),
            "",
          ],
          [
            "client-side: click → focus on the new h1 (before paint)",
            ms(nav.medians.clientFocusedMs),
            "",
          ],
          [
            "hard load: navigation start → first contentful paint",
            ms(nav.medians.hardFcpMs),
            times(nav.medians.hardFcpMs, nav.medians.clientMs),
          ],
          [
            "hard load: navigation start → hydrated",
            ms(nav.medians.hardHydratedMs),
            times(nav.medians.hardHydratedMs, nav.medians.clientMs),
          ],
        ],
      ),
    );
  } else
    out.push(`\nNavigation: not measured (${report.navigation.notMeasured})`);

  const phone = report.phoneNavigation;
  if (phone.routes.length > 0) {
    out.push(
      `\nNavigation on the phone (${PHONE_LABEL}; service worker blocked; the pointer rests ${phone.hoverMs} ms on the link before the click), median of ${phone.routes[0]?.clientMs.length ?? 0}:`,
    );
    out.push(
      formatTable(
        [
          { header: "from → to" },
          { header: "client: click → h1 painted", align: "right" },
          { header: "hard: → FCP", align: "right" },
          { header: "hard: → hydrated", align: "right" },
          { header: "hard FCP / client", align: "right" },
        ],
        phone.routes.map((route) => [
          `${route.name} ${clip(new URL(route.to).pathname, 40)}`,
          ms(route.medians.clientMs),
          ms(route.medians.hardFcpMs),
          ms(route.medians.hardHydratedMs),
          times(route.medians.hardFcpMs, route.medians.clientMs),
        ]),
      ),
    );
  } else out.push("\nNavigation on the phone: not measured (no story page)");

  out.push("\nTargets (reported, not asserted):");
  out.push(
    formatTable(
      [{ header: "target" }, { header: "measured" }, { header: "met" }],
      report.targets.map((t) => [
        t.target,
        t.measured,
        t.met === null ? "–" : t.met ? "yes" : "NO",
      ]),
    ),
  );
  process.stdout.write(`${out.join("\n")}\n`);
}

function times(top: number | null, bottom: number | null): string {
  return top === null || bottom === null || bottom === 0
    ? "–"
    : `${(top / bottom).toFixed(1)} ×`;
}
