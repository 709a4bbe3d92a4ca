// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { codeKey, pageKey, readState, writeState } from "./buildCache.ts";

let root = "";
afterEach(() => rm(root, { recursive: true, force: true }));

async function put(file: string, content: string) {
  await mkdir(dirname(join(root, file)), { recursive: true });
  await writeFile(join(root, file), content);
}

test("the code's key changes with the code and the settings, not with stories or tests", async () => {
  root = await mkdtemp(join(tmpdir(), "dateline-cache-"));
  await put("src/app/main.tsx", "main");
  await put("src/content/stories/a.json", "{}");
  await put("index.html", "<html>");
  const settings = { base: "/", mode: "production" };
  const key = await codeKey(root, settings);
  expect(await codeKey(root, settings)).toBe(key);

  await put("src/content/stories/b.json", "{}");
  await put("src/app/main.test.tsx", "test");
  expect(await codeKey(root, settings)).toBe(key);

  expect(await codeKey(root, { ...settings, base: "/dateline/" })).not.toBe(
    key,
  );
  await put("src/app/main.tsx", "main, changed");
  expect(await codeKey(root, settings)).not.toBe(key);
});

test("a page's key changes with its code, path, status or data, and with nothing else", () => {
  const data = { front: { stories: ["a", "b"] } };
  const key = pageKey("code", "/", 200, data);
  expect(pageKey("code", "/", 200, { front: { stories: ["a", "b"] } })).toBe(
    key,
  );
  expect(pageKey("code 2", "/", 200, data)).not.toBe(key);
  expect(pageKey("code", "/page/2/", 200, data)).not.toBe(key);
  expect(pageKey("code", "/", 404, data)).not.toBe(key);
  expect(
    pageKey("code", "/", 200, { front: { stories: ["a", "c"] } }),
  ).not.toBe(key);
});

test("state survives a round trip; a missing or broken one means a full build", async () => {
  root = await mkdtemp(join(tmpdir(), "dateline-cache-"));
  expect(await readState(join(root, "none"))).toEqual({
    codeKey: "",
    pages: {},
  });
  await writeState(join(root, "c"), { codeKey: "k", pages: { "/": "p" } });
  expect(await readState(join(root, "c"))).toEqual({
    codeKey: "k",
    pages: { "/": "p" },
  });
  await put("broken/state.json", "{not json");
  expect(await readState(join(root, "broken"))).toEqual({
    codeKey: "",
    pages: {},
  });
});
