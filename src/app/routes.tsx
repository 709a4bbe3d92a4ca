// THE route table, for the browser, the pre-render and the tests alike. Each
// page's code is its own chunk (`lazy`): a reader downloads only the page in front of them.
import type { RouteObject } from "react-router";
import type { SectionHandle } from "./currentSection.ts";
import type { ShellHandle } from "./shell.ts";
import type { WebAssemblyHandle } from "./search/webAssembly.ts";
import { AppShell } from "./AppShell.tsx";
import { notFound } from "./notFound.ts";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { PageErrorBoundary } from "./PageErrorBoundary.tsx";
import { RootErrorBoundary } from "./RootErrorBoundary.tsx";

const front: SectionHandle = { section: "front" };
const topics: SectionHandle = { section: "topics" };
// Search and saved stories depend on the browser (the query, the reading
// list), so their pre-rendered HTML is a shell and their data comes from
// their loaders in the browser, never from the build (see shell.ts).
// Pagefind compiles WebAssembly, which only this page's policy allows.
const search: SectionHandle & ShellHandle & WebAssemblyHandle = {
  section: "search",
  shell: true,
  webAssembly: true,
};
const saved: SectionHandle & ShellHandle = { section: "saved", shell: true };

const frontPage = async () => {
  const page = await import("./pages/FrontPage.tsx");
  return { loader: page.frontPageLoader, Component: page.FrontPage };
};
const archivePage = async () => {
  const page = await import("./pages/ArchivePage.tsx");
  return { loader: page.archiveLoader, Component: page.ArchivePage };
};
const topicPage = async () => {
  const page = await import("./pages/TopicPage.tsx");
  return { loader: page.topicLoader, Component: page.TopicPage };
};

export const routes: RouteObject[] = [
  {
    id: "root",
    Component: AppShell,
    ErrorBoundary: RootErrorBoundary,
    // The browser hydrates only once its loaders have settled (main.tsx), so this never shows.
    HydrateFallback: () => null,
    children: [
      {
        // Pathless: a page's errors (404s above all) render inside the frame, masthead and all.
        ErrorBoundary: PageErrorBoundary,
        children: [
          {
            index: true,
            lazy: frontPage,
            handle: front,
          },
          {
            path: "page/:page",
            lazy: frontPage,
            handle: front,
          },
          {
            path: ":section/:year/:month/:day/:slug",
            lazy: async () => {
              const page = await import("./pages/StoryPage.tsx");
              return { loader: page.storyLoader, Component: page.StoryPage };
            },
          },
          {
            // Every prefix of a story's URL: the section front and its year,
            // month and day. Static segments outrank these (topics, search,
            // page/2, briefs/x); the loader finds no section for anything else.
            path: ":section/:year?/:month?/:day?",
            lazy: archivePage,
          },
          {
            path: ":section/:year?/:month?/:day?/page/:page",
            lazy: archivePage,
          },
          {
            path: "briefs/:slug",
            lazy: async () => {
              const page = await import("./pages/BriefPage.tsx");
              return { loader: page.briefLoader, Component: page.BriefPage };
            },
          },
          {
            path: "topics",
            lazy: async () => {
              const page = await import("./pages/TopicsPage.tsx");
              return { loader: page.topicsLoader, Component: page.TopicsPage };
            },
            handle: topics,
          },
          {
            path: "topics/:topic",
            lazy: topicPage,
            handle: topics,
          },
          {
            path: "topics/:topic/page/:page",
            lazy: topicPage,
            handle: topics,
          },
          {
            path: "search",
            lazy: async () => {
              const page = await import("./pages/SearchPage.tsx");
              return { loader: page.searchLoader, Component: page.SearchPage };
            },
            handle: search,
          },
          {
            path: "saved",
            lazy: async () => {
              const page = await import("./pages/SavedPage.tsx");
              return { loader: page.savedLoader, Component: page.SavedPage };
            },
            handle: saved,
          },
          {
            // The loader's 404 gives the status; the Component only marks a leaf that renders.
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
