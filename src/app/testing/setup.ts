import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";
import { provide } from "../adopted.ts";
import { TextSettings } from "../components/TextSettings.tsx";

afterEach(cleanup);

// As in the pre-render: what the browser loads while hydrating is here at once (adopted.ts).
provide("TextSettings", TextSettings);

// jsdom lays nothing out and cannot scroll; ScrollManager scrolls on every navigation.
// (Node-environment tests have no window.)
if (typeof window !== "undefined") {
  window.scrollTo = vi.fn();
  Element.prototype.scrollIntoView = vi.fn();
}
