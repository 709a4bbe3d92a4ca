import { expect, test } from "vitest";
import { prefersSavingData, requestKind } from "./requestKinds.ts";

const scope = "https://news.example.org/dateline/";
const kind = (path: string, mode: RequestMode | "" = "cors") =>
  requestKind(new URL(path, "https://news.example.org"), scope, mode);

test("pages, data files and search files each go to their own cache, under a sub-path too", () => {
  expect(kind("/dateline/world/2018/04/20/a/", "navigate")).toBe("page");
  expect(kind("/dateline/data/index.json")).toBe("data");
  expect(kind("/dateline/data/stories/a.json")).toBe("data");
  expect(kind("/dateline/pagefind/index/en_3f2a1b.pf_index")).toBe(
    "search-immutable",
  );
  expect(kind("/dateline/pagefind/fragment/en_9c.pf_fragment")).toBe(
    "search-immutable",
  );
  expect(kind("/dateline/pagefind/pagefind-entry.json")).toBe("search");
  expect(kind("/dateline/pagefind/pagefind.js")).toBe("search");
  expect(
    kind("/dateline/assets/atkinson-hyperlegible-latin-400-normal-x1.woff2"),
  ).toBe("font");
});

test("anything else, and anything outside the scope, goes to the network as usual", () => {
  expect(kind("/dateline/feed.xml")).toBe("other");
  expect(kind("/dateline/assets/main-abc.js")).toBe("other");
  expect(kind("/assets/a.woff2")).toBe("other");
  expect(kind("/data/index.json")).toBe("other");
  expect(kind("/dateline/data/stories/a.txt")).toBe("other");
});

test("Save-Data is honoured from the request's header or the connection", () => {
  const plain = new Request("https://news.example.org/");
  const saving = new Request("https://news.example.org/", {
    headers: { "Save-Data": "on" },
  });
  expect(prefersSavingData(plain, undefined)).toBe(false);
  expect(prefersSavingData(plain, { saveData: false })).toBe(false);
  expect(prefersSavingData(saving, undefined)).toBe(true);
  expect(prefersSavingData(plain, { saveData: true })).toBe(true);
});
