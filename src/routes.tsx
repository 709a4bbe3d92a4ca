/**
 * THE route table: every page of Dateline, its loader and its error boundary.
 * The browser router, the build-time pre-render and the tests' memory router
 * all use this one list, so adding a page is one entry here plus
 * its URL builder in paths.ts.
 */
import type { RouteObject } from "react-router";
import type { SectionHandle } from "./pages/currentSection.ts";
import { AppShell } from "./pages/AppShell.tsx";
import { BriefPage, briefLoader } from "./pages/BriefPage.tsx";
import { FrontPage, frontPageLoader } from "./pages/FrontPage.tsx";
import { notFound } from "./pages/notFound.ts";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { PageErrorBoundary } from "./pages/PageErrorBoundary.tsx";
import { RootErrorBoundary } from "./pages/RootErrorBoundary.tsx";
import { SavedPage, savedLoader } from "./pages/SavedPage.tsx";
import { SearchPage, searchLoader } from "./pages/SearchPage.tsx";
import { StoryPage, storyLoader } from "./pages/StoryPage.tsx";
import { TopicPage, topicLoader } from "./pages/TopicPage.tsx";
import { TopicsPage, topicsLoader } from "./pages/TopicsPage.tsx";

// Which masthead section each page belongs to (see pages/currentSection.ts).
const front: SectionHandle = { section: "front" };
const topics: SectionHandle = { section: "topics" };
const search: SectionHandle = { section: "search" };
const saved: SectionHandle = { section: "saved" };

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
          {
            index: true,
            loader: frontPageLoader,
            Component: FrontPage,
            handle: front,
          },
          {
            path: ":section/:year/:month/:day/:slug",
            loader: storyLoader,
            Component: StoryPage,
          },
          { path: "briefs/:slug", loader: briefLoader, Component: BriefPage },
          {
            path: "topics",
            loader: topicsLoader,
            Component: TopicsPage,
            handle: topics,
          },
          {
            path: "topics/:topic",
            loader: topicLoader,
            Component: TopicPage,
            handle: topics,
          },
          {
            path: "search",
            loader: searchLoader,
            Component: SearchPage,
            handle: search,
          },
          {
            path: "saved",
            loader: savedLoader,
            Component: SavedPage,
            handle: saved,
          },
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
