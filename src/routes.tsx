/**
 * THE route table: every page of Dateline, its loader and its error boundary.
 * The browser router, the tests' memory router (and, next, the build-time
 * pre-render) all use this one list, so adding a page is one entry here plus
 * its URL builder in paths.ts.
 */
import type { RouteObject } from "react-router";
import { AppShell } from "./pages/AppShell.tsx";
import { BriefPage, briefLoader } from "./pages/BriefPage.tsx";
import { FrontPage, frontPageLoader } from "./pages/FrontPage.tsx";
import { notFound } from "./pages/notFound.ts";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { PageErrorBoundary } from "./pages/PageErrorBoundary.tsx";
import { RootErrorBoundary } from "./pages/RootErrorBoundary.tsx";
import { SearchPage, searchLoader } from "./pages/SearchPage.tsx";
import { StoryPage, storyLoader } from "./pages/StoryPage.tsx";
import { TopicPage, topicLoader } from "./pages/TopicPage.tsx";
import { TopicsPage, topicsLoader } from "./pages/TopicsPage.tsx";

export const routes: RouteObject[] = [
  {
    id: "root",
    Component: AppShell,
    ErrorBoundary: RootErrorBoundary,
    // Loaders read a bundled module and settle at once, so there is nothing worth showing meanwhile.
    HydrateFallback: () => null,
    children: [
      {
        // Pathless: a page's errors (404s above all) render inside the frame, masthead and all.
        ErrorBoundary: PageErrorBoundary,
        children: [
          { index: true, loader: frontPageLoader, Component: FrontPage },
          {
            path: ":section/:year/:month/:day/:slug",
            loader: storyLoader,
            Component: StoryPage,
          },
          { path: "briefs/:slug", loader: briefLoader, Component: BriefPage },
          { path: "topics", loader: topicsLoader, Component: TopicsPage },
          { path: "topics/:topic", loader: topicLoader, Component: TopicPage },
          { path: "search", loader: searchLoader, Component: SearchPage },
          {
            // The loader's 404 is what counts (a status for servers and the pre-render);
            // the Component only tells the router this leaf renders something.
            path: "*",
            loader: () => {
              throw notFound();
            },
            Component: NotFoundPage,
          },
        ],
      },
    ],
  },
];
