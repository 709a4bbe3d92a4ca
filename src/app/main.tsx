// A pre-rendered page carries its loader data, so the router starts with it and
// React hydrates at once. A shell (search) or 404.html runs its loaders first, so
// React's first render is the page the HTML holds. The dev server's page, or
// HTML that is another page's (404.html at a mistyped story date), is rendered afresh.
import { startTransition, StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import {
  createBrowserRouter,
  isRouteErrorResponse,
  RouterProvider,
} from "react-router";
import { ContentSource, routerContext } from "./contentContext.ts";
import { fetchedContent } from "./fetchedContent.ts";
import { embeddedLoaderData } from "./pageData.ts";
import { isMissingCode } from "./missingCode.ts";
import { isShell } from "./shell.ts";
import { routes } from "./routes.tsx";
import { basePath, routerBasename } from "./site.ts";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

const content = fetchedContent(basePath);
const loaderData = embeddedLoaderData(document, window.location, basePath);
const router = createBrowserRouter(routes, {
  basename: routerBasename,
  getContext: () => routerContext(content),
  ...(loaderData && { hydrationData: { loaderData } }),
});
const app = (
  <StrictMode>
    <ContentSource value={content}>
      <RouterProvider router={router} />
    </ContentSource>
  </StrictMode>
);

if (container.firstElementChild) {
  void whenInitialized().then(() => {
    const errors = Object.values(router.state.errors ?? {});
    if (errors.some(isMissingCode)) {
      // A deploy removed this page's code: its HTML stays, readable, its links loading whole pages.
      console.warn(
        "Dateline: this page's code could not be loaded; the page stays as the server sent it.",
      );
      return;
    }
    // What the page loads from here on did not hold up the first interactive render.
    performance.mark("dateline:hydrate");
    const holdsThisPage =
      loaderData !== undefined ||
      isShell(router.state.matches.map(({ route }) => route)) ||
      errors.some(
        (error) => isRouteErrorResponse(error) && error.status === 404,
      );
    // Hydrating one page over another's HTML would be a mismatch for React to
    // recover from; rendering replaces it cleanly.
    // As a transition, React hydrates in slices of a few milliseconds and
    // yields between them, instead of one task as long as the whole page.
    if (holdsThisPage) startTransition(() => void hydrateRoot(container, app));
    else createRoot(container).render(app);
    // Its own chunk: the worker registers after the page has loaded anyway.
    void import("./offline/registerServiceWorker.ts").then((worker) =>
      worker.registerServiceWorker(),
    );
    // Its own chunk too: a story's data fetched ahead when a reader may open it.
    void import("./prefetch/prefetchOnIntent.ts").then((p) =>
      p.prefetchWhenIdle(router, content),
    );
  });
} else {
  createRoot(container).render(app);
}

function whenInitialized(): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}
