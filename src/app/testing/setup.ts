import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";
import { catalogueContent, provideContent } from "../../content/content.ts";
import { testEdition } from "./edition.ts";

afterEach(cleanup);

// jsdom lays nothing out and cannot scroll; ScrollManager scrolls on every navigation.
// (Node-environment tests have no window.)
if (typeof window !== "undefined") {
  window.scrollTo = vi.fn();
  Element.prototype.scrollIntoView = vi.fn();
}

// Loaders answer from the repo's story files, as in the pre-render.
provideContent(catalogueContent(testEdition));
