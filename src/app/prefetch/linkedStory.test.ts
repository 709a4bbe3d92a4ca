import { expect, test } from "vitest";
import { createMemoryRouter } from "react-router";
import { routes } from "../routes.tsx";
import { linkedStory } from "./linkedStory.ts";
import {
  archivePath,
  homePath,
  storyPath,
  topicPath,
} from "../../content/paths.ts";

const ORIGIN = "https://news.example.org";
const story = storyPath({
  kind: "full",
  slug: "lavrov-rejects-claptrap",
  section: "World",
  published: "2018-04-20",
});
const brief = storyPath({ kind: "brief", slug: "russia-destabilizes" });

const slugAt = (path: string, basename = "/", origin = ORIGIN) =>
  linkedStory(
    createMemoryRouter(routes, { basename }).routes,
    basename,
    new URL(path, ORIGIN),
    origin,
  )?.slug;

test("a story's or a brief's address leads to its slug, as the router reads it", () => {
  expect(slugAt(story)).toBe("lavrov-rejects-claptrap");
  expect(slugAt(brief)).toBe("russia-destabilizes");
  expect(slugAt(`${story}#p-2`)).toBe("lavrov-rejects-claptrap");
});

test("a slug in any script is read from its percent-encoded address", () => {
  const path = storyPath({ kind: "brief", slug: "россия-2018-визит" });
  expect(slugAt(new URL(path, ORIGIN).pathname)).toBe("россия-2018-визит");
});

test("pages that are not stories lead to none", () => {
  expect(slugAt(homePath)).toBeUndefined();
  expect(slugAt(topicPath("Russia"))).toBeUndefined();
  expect(slugAt(archivePath("World", "2018-04-20"))).toBeUndefined();
  expect(slugAt("/no/such/page/")).toBeUndefined();
  expect(slugAt("/data/stories/lavrov-rejects-claptrap.json")).toBeUndefined();
});

test("another origin's story-shaped address leads to none", () => {
  expect(slugAt(story, "/", "https://elsewhere.example")).toBeUndefined();
});

test("under a base path, only addresses inside it lead to stories", () => {
  expect(slugAt(`/dateline${story}`, "/dateline/")).toBe(
    "lavrov-rejects-claptrap",
  );
  expect(slugAt(story, "/dateline/")).toBeUndefined();
});
