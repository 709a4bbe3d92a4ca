// Loaders read stories from the router's context, so a loader's data source
// shows in its signature; the browser (main.tsx), the pre-render
// (renderPage.tsx) and the jsdom tests (renderAt.tsx) each provide their own.
import { createContext as createReactContext } from "react";
import { createContext, RouterContextProvider } from "react-router";
import type { Content } from "../content/content.ts";

declare module "react-router" {
  // Data mode needs no runtime flag for a typed context: this types every
  // loader's `context` as the RouterContextProvider the routers pass anyway.
  interface Future {
    v8_middleware: true;
  }
}

export const contentContext = createContext<Content>();

/** @example createBrowserRouter(routes, { getContext: () => routerContext(content) }) */
export function routerContext(content: Content): RouterContextProvider {
  return new RouterContextProvider(new Map([[contentContext, content]]));
}

/**
 * For "continue reading" (reader/unfinishedStories.ts): a reader's places live
 * in their browser, so no loader can know which stories to offer. Undefined
 * in the pre-render, where nothing fetches after rendering.
 */
export const ContentSource = createReactContext<Content | undefined>(undefined);
