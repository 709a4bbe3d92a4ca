/**
 * Where the browser tests serve their two builds. `DATELINE_TEST_PORT` moves
 * both (the sub-path build takes the next port), so two checkouts can run
 * their suites side by side.
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
