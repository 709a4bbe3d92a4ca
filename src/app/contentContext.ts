/**
 * Where route loaders get stories from: the router hands each loader a
 * `context` holding the edition's content, so a loader's data source shows in
 * its signature. Each way of running the route table provides its own:
 *
 * - a reader's browser: the data files the build wrote (main.tsx, fetchedContent.ts);
 * - the pre-render: the catalogue read from disk (prerender/renderPage.tsx);
 * - the jsdom tests: the repo's stories (testing/renderAt.tsx).
 */
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

/**
 * A fresh context for one navigation, as routers ask for it.
 *
 * @example createBrowserRouter(routes, { getContext: () => routerContext(content) })
 */
export function routerContext(content: Content): RouterContextProvider {
  return new RouterContextProvider(new Map([[contentContext, content]]));
}

/**
 * The same content for the one component that fetches on its own after
 * hydration (reader/unfinishedStories.ts): a reader's place in a story lives
 * in their browser, so no loader can know which stories to offer. Undefined
 * where nothing fetches after rendering: the pre-render.
 */
export const ContentSource = createReactContext<Content | undefined>(undefined);
