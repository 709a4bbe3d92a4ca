// @vitest-environment node
import { expect, test } from "vitest";
import { peakMemoryMb, precacheFigures } from "./buildFigures.ts";

const BUILD_OUTPUT = `
> dateline@0.0.0 build
> tsx src/tools/build/build.ts --out-dir /tmp/site

Pre-rendered for http://127.0.0.1:40123/ into /tmp/site/:
  index.html        12.0 KB     3.9 KB gzip
  3 files
precache: 57 files, 3,050,112 bytes, 1002003 bytes gzip, cap 1048576 bytes gzip
peak memory: 412.5 MB
`;

test("the build's peak memory is read from its own line", () => {
  expect(peakMemoryMb(BUILD_OUTPUT)).toBe(412.5);
  expect(peakMemoryMb("peak memory: 1,204 MB\n")).toBe(1204);
});

test("the precache line gives files, raw and gzip bytes, and the cap", () => {
  expect(precacheFigures(BUILD_OUTPUT)).toEqual({
    files: 57,
    raw: 3_050_112,
    gzip: 1_002_003,
    capGzip: 1_048_576,
  });
});

test("the last line counts, coloured or not", () => {
  const twice = `peak memory: 100 MB\n\u001b[2mpeak memory: 200 MB\u001b[22m\n`;
  expect(peakMemoryMb(twice)).toBe(200);
});

test("a build that prints neither line gives null, not zero", () => {
  const older =
    "The service worker precaches 2176 files, 36281344 bytes (35431.0 KB) uncompressed.\n";
  expect(peakMemoryMb(older)).toBeNull();
  expect(precacheFigures(older)).toBeNull();
  // A line that only mentions the figure is not the figure.
  expect(peakMemoryMb("the peak memory: 12 MB was printed\n")).toBeNull();
});
