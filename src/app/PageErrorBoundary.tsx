import { isRouteErrorResponse, useRouteError } from "react-router";
import { ContentUnavailableError } from "./fetchedContent.ts";
import { isMissingCode } from "./missingCode.ts";
import { useOfflineParts } from "./offline/offlineParts.ts";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { ProblemPage } from "./pages/ProblemPage.tsx";
import { UpdatedPage } from "./pages/UpdatedPage.tsx";

export function PageErrorBoundary() {
  const error = useRouteError();
  const offline = useOfflineParts();
  if (isRouteErrorResponse(error) && error.status === 404)
    return <NotFoundPage />;
  // Offline, a fetch that failed (TypeError), a data file that did not come
  // or a page's code that did not load means this device has no copy: not a
  // fault, nor a new version. The page says so once its code is here.
  if (
    !navigator.onLine &&
    (error instanceof TypeError ||
      error instanceof ContentUnavailableError ||
      isMissingCode(error))
  )
    return offline && <offline.OfflineUnavailablePage />;
  if (isMissingCode(error)) return <UpdatedPage />;
  return <ProblemPage />;
}
