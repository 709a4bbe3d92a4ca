import { expect, test } from "vitest";
import { checkEdition, getStory, mentioning, relatedTo } from "./catalogue.ts";
import { files, full, sampleCatalogue } from "./sampleEdition.ts";

const catalogue = sampleCatalogue;

test("checkEdition orders stories newest first and keeps briefs apart", () => {
  expect(catalogue.stories.map((s) => s.slug)).toEqual(["newer", "older"]);
  expect(catalogue.briefs.map((s) => s.slug)).toEqual(["a-brief"]);
});

test("checkEdition rejects a file named differently from its slug", () => {
  expect(() => checkEdition({ "stories/wrong.json": full("right") })).toThrow(
    "stories/wrong.json: slug: file must be named right.json",
  );
});

test("checkEdition rejects a slug used twice", () => {
  expect(() =>
    checkEdition({
      "stories/same.json": full("same"),
      "other/same.json": { kind: "brief", slug: "same", headline: "Same" },
    }),
  ).toThrow(
    /stories\/same\.json: slug: "same" is already used by other\/same\.json/,
  );
});

test("checkEdition rejects a related story that does not exist, and a story related to itself", () => {
  expect(() =>
    checkEdition(files(full("lonely", { related: ["ghost"] }))),
  ).toThrow('stories/lonely.json: related[0]: no story has the slug "ghost"');
  expect(() =>
    checkEdition(files(full("narcissus", { related: ["narcissus"] }))),
  ).toThrow(
    "stories/narcissus.json: related[0]: a story cannot be related to itself",
  );
});

test("checkEdition passes on parse errors naming the file", () => {
  expect(() => checkEdition({ "stories/bad.json": { kind: "full" } })).toThrow(
    /^stories\/bad\.json: slug:/,
  );
});

test("relatedTo keeps the story's own order; mentioning finds who points at a brief", () => {
  const newer = catalogue.stories[0];
  // The only other full story is already the editor's pick: nothing to add.
  expect(
    newer && relatedTo(catalogue, newer).map((r) => [r.story.slug, r.chosenBy]),
  ).toEqual([
    ["a-brief", "editor"],
    ["older", "editor"],
  ]);
  expect(mentioning(catalogue, "a-brief").map((s) => s.slug)).toEqual([
    "newer",
    "older",
  ]);
  expect(mentioning(catalogue, "newer")).toEqual([]);
});

test("relatedTo adds stories on the same topic after the editor's picks", () => {
  const edition = checkEdition(
    files(
      full("lead", { related: ["a-brief"] }),
      full("same-topic", { published: "2018-04-19" }),
      full("elsewhere", {
        headline: "Cup final",
        topics: ["Sport"],
        body: [{ inlines: [{ type: "text", value: "Goals galore." }] }],
      }),
      { kind: "brief", slug: "a-brief", headline: "A brief" },
    ),
  );
  const lead = edition.bySlug.get("lead");
  expect(
    lead?.kind === "full" &&
      relatedTo(edition, lead).map((r) => [r.story.slug, r.chosenBy]),
  ).toEqual([
    ["a-brief", "editor"],
    ["same-topic", "similarity"],
  ]);
});

/** Names Object.prototype answers to: a plain-object lookup would find them in every edition. */
const PROTOTYPE_NAMES = [
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "prototype",
];

test("stories slugged and filed under Object.prototype's names are stories like any other", () => {
  const edition = checkEdition(
    files(
      full("constructor", {
        section: "Prototype",
        topics: PROTOTYPE_NAMES,
        related: ["prototype", "hasownproperty"],
      }),
      full("prototype", { topics: ["toString"] }),
      { kind: "brief", slug: "hasownproperty", headline: "hasOwnProperty" },
    ),
  );
  expect(getStory(edition, "constructor")).toMatchObject({
    headline: "Headline of constructor",
    topics: PROTOTYPE_NAMES,
  });
  expect(mentioning(edition, "prototype").map((s) => s.slug)).toEqual([
    "constructor",
  ]);
  for (const name of ["toString", "__proto__", "valueOf", "tostring"])
    expect(getStory(edition, name), name).toBeUndefined();
  expect(mentioning(edition, "toString")).toEqual([]);
});

test("a related slug named after Object.prototype's members must be a story in the edition", () => {
  expect(() =>
    checkEdition(files(full("a", { related: ["constructor"] }))),
  ).toThrow('stories/a.json: related[0]: no story has the slug "constructor"');
});
