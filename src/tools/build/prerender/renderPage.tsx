import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
  type StaticHandlerContext,
} from "react-router";
import { provide } from "../../../app/adopted.ts";
import { TextSettings } from "../../../app/components/TextSettings.tsx";
import { routerContext } from "../../../app/contentContext.ts";
import { isShell } from "../../../app/shell.ts";
import { needsWebAssembly } from "../../../app/search/webAssembly.ts";
import type { Content } from "../../../content/content.ts";
import { routes } from "../../../app/routes.tsx";
import { absoluteUrl, routerBasename } from "../../../app/site.ts";
import { splitHoisted, type RenderedPage } from "./document.ts";

// What the browser loads while hydrating (adopted.ts) is drawn here in full.
provide("TextSettings", TextSettings);

const handler = createStaticHandler(routes, { basename: routerBasename });

/** A page's loaders have run: what it will show is known, not yet drawn. */
export type LoadedPage = {
  path: string;
  status: number;
  /** Everything the page is drawn from, besides the code: the build keys its cache on it. */
  loaderData: unknown;
  context: StaticHandlerContext;
};

/**
 * @example const loaded = await loadPage("/topics/", catalogueContent(edition)) // loaded.status === 200
 */
export async function loadPage(
  path: string,
  content: Content,
): Promise<LoadedPage> {
  const context = await handler.query(new Request(absoluteUrl(path)), {
    requestContext: routerContext(content),
  });
  if (context instanceof Response)
    throw new Error(
      `${path}: redirects to ${context.headers.get("Location") ?? "?"}; only real pages are pre-rendered`,
    );
  return {
    path,
    status: context.statusCode,
    // A page that failed has its error, not data, to show.
    loaderData: { data: context.loaderData, errors: context.errors },
    context,
  };
}

export function renderLoaded({ path, context }: LoadedPage): RenderedPage {
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

/**
 * @example renderPage("/topics/", catalogueContent(edition))
 */
export async function renderPage(
  path: string,
  content: Content,
): Promise<RenderedPage> {
  return renderLoaded(await loadPage(path, content));
}
