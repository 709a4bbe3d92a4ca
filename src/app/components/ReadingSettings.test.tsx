import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { expect, test, vi } from "vitest";
import {
  DEFAULT_SETTINGS,
  mergeSettings,
  type Settings,
} from "../settings/settings.ts";
import { ReadingSettings } from "./ReadingSettings.tsx";

/** The component with state, as a page gives it through useSettings. */
function WithState({ onChange }: { onChange: (c: Partial<Settings>) => void }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  return (
    <>
      <ReadingSettings
        settings={settings}
        problem={null}
        onChange={(change) => {
          onChange(change);
          setSettings((current) => mergeSettings(current, change));
        }}
      />
      <p>Story text</p>
    </>
  );
}

test("the button opens and closes a panel of five groups of choices", async () => {
  const user = userEvent.setup();
  render(
    <ReadingSettings
      settings={DEFAULT_SETTINGS}
      problem={null}
      onChange={vi.fn()}
    />,
  );
  const button = screen.getByRole("button", { name: "Text settings" });
  expect(button).toHaveAttribute("aria-expanded", "false");
  expect(screen.queryByRole("group")).not.toBeInTheDocument();

  await user.click(button);
  expect(button).toHaveAttribute("aria-expanded", "true");
  // eslint-disable-next-line testing-library/no-node-access -- aria-controls names the panel by its id
  const panel = document.getElementById(
    button.getAttribute("aria-controls") ?? "",
  );
  expect(panel).toBeVisible();
  expect(panel).toContainElement(screen.getByRole("radio", { name: "Sepia" }));
  expect(screen.getAllByRole("group")).toHaveLength(5);
  expect(screen.getByRole("group", { name: "Text size" })).toBeVisible();
  expect(screen.getByRole("group", { name: "Line width" })).toBeVisible();
  expect(screen.getByRole("group", { name: "Theme" })).toBeVisible();
  expect(screen.getByRole("group", { name: "Font" })).toBeVisible();
  expect(
    screen.getByRole("group", { name: "Single-key shortcuts" }),
  ).toHaveAccessibleDescription(
    "Turn off if you use speech input or a screen reader's single-key navigation.",
  );

  await user.click(button);
  expect(button).toHaveAttribute("aria-expanded", "false");
  expect(panel).not.toBeVisible();
});

test("the current settings are checked, and choosing one reports the change", async () => {
  const user = userEvent.setup();
  const onChange = vi.fn();
  render(
    <ReadingSettings
      settings={{
        textSize: 4,
        width: "wide",
        theme: "sepia",
        font: "sans",
        shortcuts: "off",
      }}
      problem={null}
      onChange={onChange}
    />,
  );
  await user.click(screen.getByRole("button", { name: "Text settings" }));
  expect(screen.getByRole("radio", { name: "Large" })).toBeChecked();
  expect(screen.getByRole("radio", { name: "Wide" })).toBeChecked();
  expect(screen.getByRole("radio", { name: "Sepia" })).toBeChecked();
  expect(screen.getByRole("radio", { name: "Sans" })).toBeChecked();
  expect(screen.getByRole("radio", { name: "Off" })).toBeChecked();
  expect(screen.getAllByRole("radio", { checked: true })).toHaveLength(5);

  await user.click(screen.getByRole("radio", { name: "Smallest" }));
  expect(onChange).toHaveBeenLastCalledWith({ textSize: 1 });
  await user.click(screen.getByRole("radio", { name: "Narrow" }));
  expect(onChange).toHaveBeenLastCalledWith({ width: "narrow" });
  await user.click(screen.getByRole("radio", { name: "Dark" }));
  expect(onChange).toHaveBeenLastCalledWith({ theme: "dark" });
  await user.click(screen.getByRole("radio", { name: "Hyperlegible" }));
  expect(onChange).toHaveBeenLastCalledWith({ font: "hyperlegible" });
  await user.click(screen.getByRole("radio", { name: "On" }));
  expect(onChange).toHaveBeenLastCalledWith({ shortcuts: "on" });
});

test("the font and shortcut choices are reached and changed with the keyboard alone", async () => {
  const user = userEvent.setup();
  const onChange = vi.fn();
  render(<WithState onChange={onChange} />);
  await user.tab();
  await user.keyboard("{Enter}");
  // Text size, line width, theme: one Tab each, to the checked radio.
  await user.tab();
  await user.tab();
  await user.tab();
  await user.tab();
  expect(screen.getByRole("radio", { name: "Serif" })).toHaveFocus();
  await user.keyboard("{ArrowRight}");
  expect(screen.getByRole("radio", { name: "Sans" })).toBeChecked();
  expect(onChange).toHaveBeenLastCalledWith({ font: "sans" });

  await user.tab();
  expect(screen.getByRole("radio", { name: "On" })).toHaveFocus();
  await user.keyboard("{ArrowRight}");
  expect(screen.getByRole("radio", { name: "Off" })).toBeChecked();
  expect(onChange).toHaveBeenLastCalledWith({ shortcuts: "off" });
});

test("the keyboard alone opens the panel, changes a setting and closes it with Escape", async () => {
  const user = userEvent.setup();
  const onChange = vi.fn();
  render(<WithState onChange={onChange} />);
  const button = screen.getByRole("button", { name: "Text settings" });

  await user.tab();
  expect(button).toHaveFocus();
  await user.keyboard("{Enter}");
  expect(button).toHaveAttribute("aria-expanded", "true");

  await user.tab();
  expect(screen.getByRole("radio", { name: "Default" })).toHaveFocus();
  await user.keyboard("{ArrowRight}");
  expect(screen.getByRole("radio", { name: "Large" })).toBeChecked();
  expect(onChange).toHaveBeenLastCalledWith({ textSize: 4 });

  await user.tab();
  expect(screen.getByRole("radio", { name: "Normal" })).toHaveFocus();

  await user.keyboard("{Escape}");
  expect(button).toHaveAttribute("aria-expanded", "false");
  expect(button).toHaveFocus();
});

test("a click outside closes the panel; a click inside does not", async () => {
  const user = userEvent.setup();
  render(<WithState onChange={vi.fn()} />);
  const button = screen.getByRole("button", { name: "Text settings" });
  await user.click(button);

  await user.click(screen.getByRole("group", { name: "Theme" }));
  expect(button).toHaveAttribute("aria-expanded", "true");

  await user.click(screen.getByText("Story text"));
  expect(button).toHaveAttribute("aria-expanded", "false");
});

test("it is hidden without JavaScript and on paper", () => {
  render(
    <ReadingSettings
      settings={DEFAULT_SETTINGS}
      problem={null}
      onChange={vi.fn()}
    />,
  );
  const settings = screen.getByTestId("reading-settings");
  expect(settings).toHaveAttribute("data-needs-js");
  expect(settings).toHaveAttribute("data-print", "hide");
});

test.each([
  [
    "full",
    "Your browser's storage for Dateline is full, so your latest change is kept only until you close this page.",
  ],
  ["corrupt", /^Text settings on this device could not be read\./],
] as const)(
  "when storage is %s, the open panel says why a change cannot be kept",
  async (problem, notice) => {
    const user = userEvent.setup();
    render(
      <ReadingSettings
        settings={DEFAULT_SETTINGS}
        problem={problem}
        onChange={vi.fn()}
      />,
    );
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Text settings" }));
    expect(screen.getByRole("status")).toHaveTextContent(notice);
  },
);
