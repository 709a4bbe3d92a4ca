import { data } from "react-router";

/** What a loader throws for a URL with no page; the page error boundary shows the not-found page. */
export function notFound() {
  return data("Not found", { status: 404 });
}
