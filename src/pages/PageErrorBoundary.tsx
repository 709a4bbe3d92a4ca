import { isRouteErrorResponse, useRouteError } from "react-router";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { ProblemPage } from "./ProblemPage.tsx";

/** Inside the frame: a 404 becomes the not-found page, anything else a friendly problem page. */
export function PageErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404)
    return <NotFoundPage />;
  return <ProblemPage />;
}
