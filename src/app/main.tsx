// A pre-rendered page carries its loader data, so the router starts with it and
// React hydrates at once. A shell (search) or 404.html runs its loaders first, so
// React's first render is the page the HTML holds. The dev server's page, or
// HTML that is another page's (404.html at a mistyped story date), is rendered afresh.
import { startTransition, StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import {
  createBrowserRouter,
  isRouteErrorResponse,
  matchRoutes,
  RouterProvider,
  type DataRouter,
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
void ownRoutesLoaded().then(() => start(container));

/**
 * react-router loads a lazy route again on hydration, loader and all, even
 * with its data in hand: a round trip before the page answers. The page's own
 * routes are loaded first instead (as react-router's SSR guide does), so its
 * data is used as it came. One that fails stays lazy: the router then meets
 * the failure itself (a deploy that removed this page's code, missingCode.ts).
 * Not a top-level await: the page chunks import from this one, and the
 * bundler would split this chunk into pieces to let them.
 */
async function ownRoutesLoaded(): Promise<void> {
  if (!loaderData) return;
  await Promise.all(
    (matchRoutes(routes, window.location, routerBasename) ?? []).map(
      async ({ route }) => {
        if (typeof route.lazy !== "function") return;
        const loaded = await route.lazy().catch(() => undefined);
        if (loaded) Object.assign(route, loaded, { lazy: undefined });
      },
    ),
  );
}

function start(container: HTMLElement): void {
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
  if (!container.firstElementChild) {
    createRoot(container).render(app);
    return;
  }
  void whenInitialized(router).then(() => {
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
    void import("./afterHydration.ts").then((after) =>
      after.afterHydration(router, content),
    );
  });
}

function whenInitialized(router: DataRouter): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}
