import { act, render, screen } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import { OfflineIndicator } from "./OfflineIndicator.tsx";

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, "serviceWorker");
});

function goOffline() {
  vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
  act(() => {
    window.dispatchEvent(new Event("offline"));
  });
}

test("online, the note is empty", () => {
  render(<OfflineIndicator />);
  expect(
    screen.getByRole("status", { name: "Connection" }),
  ).toBeEmptyDOMElement();
});

test("offline with the service worker in charge, the note says which stories still open", () => {
  // jsdom has no service workers: a controlled page, as the browser shows it.
  Object.defineProperty(navigator, "serviceWorker", {
    configurable: true,
    value: {
      controller: {},
      addEventListener: () => {},
      removeEventListener: () => {},
    },
  });
  render(<OfflineIndicator />);
  goOffline();
  expect(screen.getByRole("status", { name: "Connection" })).toHaveTextContent(
    "Offline. Stories kept on this device still open.",
  );
});

test("offline before the service worker is ready, the note does not promise too much", () => {
  render(<OfflineIndicator />);
  goOffline();
  expect(screen.getByRole("status", { name: "Connection" })).toHaveTextContent(
    "Offline. Pages you have not opened may not load.",
  );
});

test("the note goes when the network comes back", () => {
  render(<OfflineIndicator />);
  goOffline();
  vi.spyOn(navigator, "onLine", "get").mockReturnValue(true);
  act(() => {
    window.dispatchEvent(new Event("online"));
  });
  expect(
    screen.getByRole("status", { name: "Connection" }),
  ).toBeEmptyDOMElement();
});
