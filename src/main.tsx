/**
 * The browser entry. A built page arrives pre-rendered: the router first runs
 * the loaders for this URL (they read the bundled stories, so they settle at
 * once), and only then does React hydrate, so its first render is the same
 * page the HTML holds. Hydrating sooner would render the loading fallback
 * against finished HTML. The dev server's page has no HTML to keep, so it
 * renders from scratch.
 */
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { registerServiceWorker } from "./offline/registerServiceWorker.ts";
import { routes } from "./routes.tsx";
import { routerBasename } from "./site/site.ts";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

const router = createBrowserRouter(routes, { basename: routerBasename });
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);

if (container.firstElementChild) {
  void whenInitialized()
    .then(() => hydrateRoot(container, app))
    .then(() => registerServiceWorker());
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
