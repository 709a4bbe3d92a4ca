import { expect, test } from "vitest";
import { archiveTrail } from "./archiveTrail.ts";

test("the trail leads from the front page down to the archive itself", () => {
  expect(archiveTrail("World News", "2018-04-20")).toEqual([
    { name: "Front page", path: "/" },
    { name: "World News", path: "/world-news/" },
    { name: "2018", path: "/world-news/2018/" },
    { name: "April", path: "/world-news/2018/04/" },
    { name: "20", path: "/world-news/2018/04/20/" },
  ]);
  expect(archiveTrail("World", "2018-01-05").at(-1)).toEqual({
    name: "5",
    path: "/world/2018/01/05/",
  });
});

test("a section front and a year stop where they are", () => {
  expect(archiveTrail("World").map((step) => step.name)).toEqual([
    "Front page",
    "World",
  ]);
  expect(archiveTrail("World", "2018").map((step) => step.path)).toEqual([
    "/",
    "/world/",
    "/world/2018/",
  ]);
  expect(archiveTrail("World", "2018-12").at(-1)?.name).toBe("December");
});
