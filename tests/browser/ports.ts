/**
 * Where the browser tests serve their builds: the site and the sub-path build
 * here; the hostile and world-scripts builds, which their specs serve
 * themselves, below. `DATELINE_TEST_PORT` moves them all (each takes a port
 * above the site's), so two checkouts can run their suites side by side.
 */
export const SITE_PORT = Number(process.env["DATELINE_TEST_PORT"] ?? 4173);
export const SUBPATH_PORT = SITE_PORT + 1;

/** The production build's address, which is also its canonical origin. */
export const ORIGIN = `http://127.0.0.1:${SITE_PORT}`;
/** The development build's origin; it lives under /dateline/. */
export const SUBPATH_ORIGIN = `http://127.0.0.1:${SUBPATH_PORT}`;

/**
 * Ports for servers a spec starts and stops itself (the offline tests take
 * the network down by stopping theirs): one for each of the two workers,
 * after the sub-path build's port.
 */
export function ownServerPort(parallelIndex: number): number {
  return SITE_PORT + 2 + parallelIndex;
}

/**
 * A third build, of the hostile-story fixtures (hostileStories.spec.ts), which
 * that spec builds and serves itself, four ports above the site
 * (after the ports of ownServerPort).
 */
export const HOSTILE_PORT = SITE_PORT + 4;
export const HOSTILE_ORIGIN = `http://127.0.0.1:${HOSTILE_PORT}`;

/**
 * A fourth build, of stories in six scripts imported into a folder of their
 * own (worldScripts.spec.ts), which that spec builds and serves itself, five
 * ports above the site (after the hostile build's).
 */
export const WORLD_PORT = SITE_PORT + 5;
export const WORLD_ORIGIN = `http://127.0.0.1:${WORLD_PORT}`;
