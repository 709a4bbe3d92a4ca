import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test, vi } from "vitest";

// The store is the module's own state: each test starts from a fresh copy.
beforeEach(() => {
  vi.resetModules();
});

async function renderPrompt() {
  const { UpdatePrompt } = await import("./UpdatePrompt.tsx");
  const updates = await import("./updates.ts");
  render(<UpdatePrompt />);
  return updates;
}

test("there is no prompt until a new version is waiting, and then it asks politely", async () => {
  const updates = await renderPrompt();
  const region = screen.getByRole("status", { name: "New version" });
  expect(region).toBeEmptyDOMElement();
  expect(screen.queryByRole("button")).not.toBeInTheDocument();

  act(() => updates.offerUpdate(() => {}));
  expect(await screen.findByRole("button", { name: "Reload" })).toBeVisible();
  expect(region).toHaveTextContent("A new version of Dateline is available.");
  // Said, not forced on the reader: focus stays where it was.
  expect(document.body).toHaveFocus();
});

test("the update is applied only when the reader clicks Reload", async () => {
  const updates = await renderPrompt();
  const apply = vi.fn();
  act(() => updates.offerUpdate(apply));
  expect(apply).not.toHaveBeenCalled();

  await userEvent.click(await screen.findByRole("button", { name: "Reload" }));
  expect(apply).toHaveBeenCalledOnce();
  expect(screen.getByRole("status", { name: "New version" })).toHaveTextContent(
    "Reloading…",
  );
  // A second click while the new version takes over does not ask twice.
  await userEvent.click(screen.getByRole("button", { name: "Reload" }));
  expect(apply).toHaveBeenCalledOnce();
});

test("Not now puts the prompt away without updating", async () => {
  const updates = await renderPrompt();
  const apply = vi.fn();
  act(() => updates.offerUpdate(apply));

  await userEvent.click(await screen.findByRole("button", { name: "Not now" }));
  expect(
    screen.getByRole("status", { name: "New version" }),
  ).toBeEmptyDOMElement();
  expect(apply).not.toHaveBeenCalled();
});
