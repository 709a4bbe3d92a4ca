import { act, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { hydrateRoot } from "react-dom/client";
import { expect, test, vi } from "vitest";
import { provideTools, ToolSlot } from "./ToolSlot.tsx";
import type { ParagraphToolProps } from "./tools.ts";

function ListenFrom({ position }: ParagraphToolProps) {
  return <button type="button">Listen from paragraph {position}</button>;
}

function Paragraph({ position }: ParagraphToolProps) {
  return (
    <p>
      Paragraph {position} <ToolSlot tool="listenFrom" position={position} />
    </p>
  );
}

// One test: what a slot was given stays given, as in a page's lifetime.
test("a slot draws nothing until its tool arrives, hydrates over the pre-rendered HTML without a mismatch, then draws the tool with the page's props", () => {
  const html = renderToString(<Paragraph position={2} />);
  expect(html).not.toContain("Listen");

  const container = document.createElement("div");
  container.innerHTML = html;
  document.body.append(container);
  const mismatch = vi.fn();
  act(() => {
    hydrateRoot(container, <Paragraph position={2} />, {
      onRecoverableError: mismatch,
    });
  });
  expect(mismatch).not.toHaveBeenCalled();
  expect(screen.queryByRole("button")).not.toBeInTheDocument();

  act(() => provideTools({ listenFrom: ListenFrom }));
  expect(
    screen.getByRole("button", { name: "Listen from paragraph 2" }),
  ).toBeInTheDocument();

  // A page drawn after the tools arrived has them at once.
  render(<Paragraph position={5} />);
  expect(
    screen.getByRole("button", { name: "Listen from paragraph 5" }),
  ).toBeInTheDocument();
});
