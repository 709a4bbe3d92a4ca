import { expect, test } from "vitest";
import { HEAD_SCRIPT } from "./headScript.ts";
import {
  applySettings,
  parseSettings,
  serializeSettings,
  STORAGE_KEY,
} from "./settings.ts";

type FakeWindow = {
  readonly localStorage: Pick<Storage, "getItem">;
  document: { documentElement: Element };
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
  serializeSettings({ textSize: 1, width: "narrow", theme: "dark" }),
  serializeSettings({ textSize: 5, width: "wide", theme: "sepia" }),
  '{"version":1,"textSize":4,"width":"extra-wide","theme":"light"}',
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
