import { StrictMode } from "react";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { ContentSource, routerContext } from "../contentContext.ts";
import { routes } from "../routes.tsx";
import type { Content } from "../../content/content.ts";
import { testContent } from "./edition.ts";

/**
 * Loaders settle after the first render: wait with a `find…` query.
 * `content` is the repo's stories unless a test brings an edition of its own.
 * @example renderAt("/topics/")
 */
export function renderAt(url: string, content: Content = testContent) {
  const router = createMemoryRouter(routes, {
    initialEntries: [url],
    getContext: () => routerContext(content),
  });
  const user = userEvent.setup();
  return {
    router,
    user,
    ...render(
      // As in main.tsx: StrictMode runs effects twice, which catches effects that are not idempotent.
      <StrictMode>
        <ContentSource value={content}>
          <RouterProvider router={router} />
        </ContentSource>
      </StrictMode>,
    ),
  };
}
