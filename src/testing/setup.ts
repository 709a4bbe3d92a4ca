import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";
import { catalogueContent, provideContent } from "../content/content.ts";
import { loadEdition } from "../content/loadEdition.ts";

afterEach(cleanup);

// jsdom lays nothing out and cannot scroll; ScrollManager scrolls on every navigation.
// (Node-environment tests have no window.)
if (typeof window !== "undefined") {
  window.scrollTo = vi.fn();
  Element.prototype.scrollIntoView = vi.fn();
}

// Loaders answer from the story files on disk, as in the pre-render.
provideContent(catalogueContent(loadEdition()));
