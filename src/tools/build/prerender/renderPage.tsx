import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
} from "react-router";
import { routerContext } from "../../../app/contentContext.ts";
import { isShell } from "../../../app/shell.ts";
import { needsWebAssembly } from "../../../app/search/webAssembly.ts";
import type { Content } from "../../../content/content.ts";
import { routes } from "../../../app/routes.tsx";
import { absoluteUrl, routerBasename } from "../../../app/site.ts";
import { splitHoisted, type RenderedPage } from "./document.ts";

const handler = createStaticHandler(routes, { basename: routerBasename });

/**
 * @example renderPage("/topics/", catalogueContent(edition))
 */
export async function renderPage(
  path: string,
  content: Content,
): Promise<RenderedPage> {
  const context = await handler.query(new Request(absoluteUrl(path)), {
    requestContext: routerContext(content),
  });
  if (context instanceof Response)
    throw new Error(
      `${path}: redirects to ${context.headers.get("Location") ?? "?"}; only real pages are pre-rendered`,
    );
  const router = createStaticRouter(handler.dataRoutes, context);
  // hydrate={false}: no inline hydration script, which a strict CSP would block.
  // The loader data travels as inert JSON instead (document.ts, main.tsx).
  const html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  const matched = context.matches.map(({ route }) => ({
    handle: route.handle as unknown,
  }));
  const embed = context.statusCode === 200 && !isShell(matched);
  return {
    status: context.statusCode,
    webAssembly: needsWebAssembly(matched),
    ...splitHoisted(html),
    data: embed ? { path, loaderData: context.loaderData } : undefined,
  };
}
