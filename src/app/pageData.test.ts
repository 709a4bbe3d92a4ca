import { expect, test } from "vitest";
import { embeddedLoaderData, PAGE_DATA_ID } from "./pageData.ts";

/** A document holding the data a pre-rendered page carries for `path`. */
function pageFor(path: string): Pick<Document, "getElementById"> {
  const doc = document.implementation.createHTMLDocument();
  const script = doc.createElement("script");
  script.type = "application/json";
  script.id = PAGE_DATA_ID;
  script.textContent = JSON.stringify({ path, loaderData: { page: path } });
  doc.body.append(script);
  return doc;
}

test("a page in any script finds its data at the percent-encoded path a browser reports", () => {
  const path = "/мир/2018/04/20/россия-2018-визит/";
  expect(
    embeddedLoaderData(pageFor(path), { pathname: encodeURI(path) }, "/"),
  ).toEqual({ page: path });
  expect(
    embeddedLoaderData(
      pageFor("/topics/🚀/"),
      { pathname: encodeURI("/dateline/topics/🚀/") },
      "/dateline/",
    ),
  ).toEqual({ page: "/topics/🚀/" });
});

test("another path, or one that is not valid percent-encoding, gets no data", () => {
  expect(
    embeddedLoaderData(pageFor("/мир/"), { pathname: "/%D0%BC%D0%B8/" }, "/"),
  ).toBeUndefined();
  expect(
    embeddedLoaderData(pageFor("/world/"), { pathname: "/%E0%A4%A/" }, "/"),
  ).toBeUndefined();
});
