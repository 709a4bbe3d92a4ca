import { screen, waitFor, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { renderAt } from "../testing/renderAt.tsx";

/** The announcer's live region: the page's one unnamed status (the offline notes have names). */
const announcer = () => screen.getByRole("status", { name: "" });

test("after following a link, focus is on the new h1 and the new title is announced", async () => {
  const { user } = renderAt("/");
  await screen.findByRole("heading", { level: 1, name: "Dateline front page" });
  expect(announcer()).toBeEmptyDOMElement();

  await user.click(screen.getByRole("link", { name: "Topics" }));
  const h1 = await screen.findByRole("heading", { level: 1, name: "Topics" });
  await waitFor(() => expect(h1).toHaveFocus());
  expect(announcer()).toHaveTextContent("Topics — Dateline");

  await user.click(
    within(screen.getByRole("main")).getByRole("link", { name: "Russia" }),
  );
  const next = await screen.findByRole("heading", { level: 1, name: "Russia" });
  await waitFor(() => expect(next).toHaveFocus());
  expect(announcer()).toHaveTextContent("Russia — Dateline");
});

test("the first page load leaves focus where the browser puts it", async () => {
  renderAt("/topics/");
  await screen.findByRole("heading", { level: 1, name: "Topics" });
  expect(document.body).toHaveFocus();
});
