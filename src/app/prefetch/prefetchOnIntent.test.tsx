import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter } from "react-router";
import { routes } from "../routes.tsx";
import { prefetchOnIntent } from "./prefetchOnIntent.ts";
import { storyPath, topicPath } from "../../content/paths.ts";

const lavrov = storyPath({
  kind: "full",
  slug: "lavrov-rejects-claptrap",
  section: "World",
  published: "2018-04-20",
});
const brief = storyPath({ kind: "brief", slug: "russia-destabilizes" });

let asked: string[];
let stop: () => void;

beforeEach(() => {
  asked = [];
  const content = {
    story: (slug: string) => {
      asked.push(slug);
      return Promise.resolve(undefined);
    },
  };
  stop = prefetchOnIntent(createMemoryRouter(routes), content);
});

afterEach(() => {
  stop();
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, "connection");
  Reflect.deleteProperty(navigator, "onLine");
  window.history.replaceState(null, "", "/");
});

function links() {
  render(
    <>
      <a href={lavrov}>Lavrov rejects claptrap</a>
      <a href={`${lavrov}#p-3`}>Lavrov, third paragraph</a>
      <a href={brief}>Russia destabilizes</a>
      <a href={topicPath("Russia")}>Russia</a>
      <a href={`https://elsewhere.example${lavrov}`}>Lavrov elsewhere</a>
      <a href={brief} target="_blank">
        Russia destabilizes, new window
      </a>
    </>,
  );
}

test("a story link focused by keyboard fetches its story once, however often it or another link to it is focused", async () => {
  links();
  const user = userEvent.setup();
  await user.tab();
  expect(
    screen.getByRole("link", { name: "Lavrov rejects claptrap" }),
  ).toHaveFocus();
  await user.tab();
  await user.tab({ shift: true });
  expect(asked).toEqual(["lavrov-rejects-claptrap"]);
});

test("a pointer resting on a story link fetches it after a moment; one passing over fetches nothing", () => {
  vi.useFakeTimers();
  links();
  const link = screen.getByRole("link", { name: "Russia destabilizes" });
  fireEvent.pointerOver(link);
  vi.advanceTimersByTime(40);
  fireEvent.pointerOut(link);
  vi.advanceTimersByTime(1000);
  expect(asked).toEqual([]);

  fireEvent.pointerOver(link);
  vi.advanceTimersByTime(200);
  expect(asked).toEqual(["russia-destabilizes"]);
});

test("links that lead to no story of this site, or to another window, fetch nothing", () => {
  links();
  for (const name of [
    "Russia",
    "Lavrov elsewhere",
    "Russia destabilizes, new window",
  ])
    fireEvent.focusIn(screen.getByRole("link", { name }));
  expect(asked).toEqual([]);
});

test("a link to the story in view fetches nothing: its data is on the page", () => {
  window.history.replaceState(null, "", lavrov);
  links();
  fireEvent.focusIn(
    screen.getByRole("link", { name: "Lavrov, third paragraph" }),
  );
  expect(asked).toEqual([]);
});

test("a reader whose browser asks to save data gets no prefetch", () => {
  Object.defineProperty(navigator, "connection", {
    configurable: true,
    value: { saveData: true },
  });
  links();
  fireEvent.focusIn(
    screen.getByRole("link", { name: "Lavrov rejects claptrap" }),
  );
  expect(asked).toEqual([]);
});

test("offline, nothing is fetched ahead: it could only fail", () => {
  Object.defineProperty(navigator, "onLine", {
    configurable: true,
    value: false,
  });
  links();
  fireEvent.focusIn(
    screen.getByRole("link", { name: "Lavrov rejects claptrap" }),
  );
  expect(asked).toEqual([]);
  Reflect.deleteProperty(navigator, "onLine");
  fireEvent.focusIn(screen.getByRole("link", { name: "Russia destabilizes" }));
  expect(asked).toEqual(["russia-destabilizes"]);
});
