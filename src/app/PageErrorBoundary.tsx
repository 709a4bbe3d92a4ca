import { isRouteErrorResponse, useRouteError } from "react-router";
import { isMissingCode } from "./missingCode.ts";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { ProblemPage } from "./pages/ProblemPage.tsx";
import { UpdatedPage } from "./pages/UpdatedPage.tsx";

export function PageErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404)
    return <NotFoundPage />;
  // Offline, the same failure means no network, not a new version.
  if (isMissingCode(error) && navigator.onLine) return <UpdatedPage />;
  return <ProblemPage />;
}
