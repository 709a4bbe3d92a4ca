import { matchRoutes, type RouteObject } from "react-router";
import { isSlug } from "../../content/slug.ts";

/** A story a link leads to: its slug, and the route whose code will show it. */
export type LinkedStory<R extends RouteObject> = { slug: string; route: R };

/**
 * The story a link leads to, read as the router will read it when the link is
 * followed: on this origin, under the app's base path, matching a route with a
 * `:slug` (a story or a brief; routes.tsx), so paths.ts and the route table
 * stay the one account of what a story's address is.
 * @example linkedStory(router.routes, "/", new URL("https://news.example.org/world/2018/04/20/lavrov/"), "https://news.example.org")?.slug === "lavrov"
 */
export function linkedStory<R extends RouteObject>(
  routes: R[],
  basename: string | undefined,
  url: URL,
  origin: string,
): LinkedStory<R> | undefined {
  if (url.origin !== origin) return undefined;
  const leaf = matchRoutes(routes, url.pathname, basename)?.at(-1);
  const slug = leaf?.params["slug"];
  if (!leaf || slug === undefined || !isSlug(slug)) return undefined;
  return { slug, route: leaf.route };
}
