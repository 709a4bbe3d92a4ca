import { expect, test } from "vitest";
import { parseXml } from "./xmlForTests.ts";

// The other tests trust parseXml to reject what a reader would reject.
test.each(["<a><b></a>", "<a>Tom & Jerry</a>", "<a>\u0001</a>", "<a/><b/>"])(
  "parseXml rejects %j",
  (xml) => {
    expect(() => parseXml(xml)).toThrow(/not well-formed XML/);
  },
);
