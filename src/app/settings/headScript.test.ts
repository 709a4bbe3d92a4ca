import { expect, test } from "vitest";
import template from "../../../index.html?raw";
import tokens from "../styles/tokens.css?raw";
import { FONT_PRELOAD_ID, HEAD_SCRIPT } from "./headScript.ts";
import {
  applySettings,
  parseSettings,
  serializeSettings,
  STORAGE_KEY,
} from "./settings.ts";

type FakeWindow = {
  readonly localStorage: Pick<Storage, "getItem">;
  document: { documentElement: Element } | Document;
};

/** Runs the head script as a browser would, against a stand-in window. */
function runHeadScript(window: FakeWindow): void {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the script is a string by design; running it is the test
  const script = new Function("window", HEAD_SCRIPT) as (w: FakeWindow) => void;
  script(window);
}

function attributes(element: Element): Record<string, string> {
  return Object.fromEntries(
    [...element.attributes].map((a) => [a.name, a.value]),
  );
}

const storedValues = [
  null,
  "",
  "not json{",
  "null",
  "7",
  "[]",
  "{}",
  serializeSettings({
    textSize: 1,
    width: "narrow",
    theme: "dark",
    font: "sans",
    shortcuts: "off",
  }),
  serializeSettings({
    textSize: 5,
    width: "wide",
    theme: "sepia",
    font: "hyperlegible",
    shortcuts: "on",
  }),
  '{"version":1,"textSize":4,"width":"extra-wide","theme":"light"}',
  '{"version":1,"font":"Hyperlegible","shortcuts":"no"}',
  '{"textSize":"5","width":"wide","theme":"Dark"}',
  '{"version":2,"textSize":2}',
];

test.each(storedValues)(
  "the head script sets the same attributes as applySettings for %j",
  (stored) => {
    const root = document.createElement("html");
    runHeadScript({
      localStorage: {
        getItem: (key) => (key === STORAGE_KEY ? stored : null),
      },
      document: { documentElement: root },
    });
    const expected = document.createElement("html");
    applySettings(expected, parseSettings(stored));
    expect(attributes(root)).toEqual(attributes(expected));
  },
);

test("storage that throws gives the defaults, and the script does not throw", () => {
  const expected = document.createElement("html");
  applySettings(expected, parseSettings(null));
  const throwingGet = document.createElement("html");
  const throwingAccess = document.createElement("html");
  runHeadScript({
    localStorage: {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
    },
    document: { documentElement: throwingGet },
  });
  runHeadScript({
    get localStorage(): Storage {
      throw new DOMException("denied", "SecurityError");
    },
    document: { documentElement: throwingAccess },
  });
  expect(attributes(throwingGet)).toEqual(attributes(expected));
  expect(attributes(throwingAccess)).toEqual(attributes(expected));
});

test("the head script is plain ES5 that cannot end its <script> early", () => {
  expect(HEAD_SCRIPT).not.toMatch(/<\/script|<!--|=>|\b(?:let|const)\b|`/i);
  expect(HEAD_SCRIPT.length).toBeLessThan(1024);
});

/** A page as the template starts it: the inert preload links, then the head script. */
function pageWithPreloads(stored: string): Document {
  const page = new DOMParser().parseFromString(template, "text/html");
  runHeadScript({
    localStorage: { getItem: () => stored },
    document: page,
  });
  return page;
}

/** Where a preload link points, as the template writes it (the build hashes it). */
const preloads = (page: Document) =>
  [...page.head.querySelectorAll(":scope > link[rel=preload]")].map((link) =>
    link.getAttribute("href"),
  );

test("only a reader who chose the hyperlegible face gets its files preloaded", () => {
  expect(
    preloads(pageWithPreloads(serializeSettings(chosenFont("serif")))),
  ).toEqual([]);
  expect(
    preloads(pageWithPreloads(serializeSettings(chosenFont("sans")))),
  ).toEqual([]);
  expect(preloads(pageWithPreloads("{broken"))).toEqual([]);
  const chosen = pageWithPreloads(
    serializeSettings(chosenFont("hyperlegible")),
  );
  expect(chosen.documentElement.getAttribute("data-font")).toBe("hyperlegible");
  expect(preloads(chosen)).toEqual(
    fontFiles().map((file) => `/node_modules/${file}`),
  );
  for (const link of chosen.head.querySelectorAll(
    ":scope > link[rel=preload]",
  )) {
    // A font is fetched in CORS mode: a preload without crossorigin would be fetched twice.
    expect(link.getAttribute("as")).toBe("font");
    expect(link.getAttribute("type")).toBe("font/woff2");
    expect(link.hasAttribute("crossorigin")).toBe(true);
  }
});

test("the template holds its preload links inert, before the head script's marker", () => {
  const page = new DOMParser().parseFromString(template, "text/html");
  expect(preloads(page)).toEqual([]);
  const preloadTemplate = page.getElementById(FONT_PRELOAD_ID);
  expect(preloadTemplate).toBeInstanceOf(HTMLTemplateElement);
  expect(template.indexOf(FONT_PRELOAD_ID)).toBeLessThan(
    template.indexOf("<!--dateline:boot-->"),
  );
});

function chosenFont(font: "serif" | "sans" | "hyperlegible") {
  return parseSettings(JSON.stringify({ font }));
}

/** The files tokens.css's @font-face rules load, as package paths. */
function fontFiles(): string[] {
  const files = [...tokens.matchAll(/url\("([^"]+\.woff2)"\)/g)].map(
    (m) => m[1] ?? "",
  );
  expect(files.length).toBeGreaterThan(0);
  return files;
}
