import { Link, useLocation } from "react-router";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { homePath } from "../../content/paths.ts";
import styles from "./Page.module.css";

export function ProblemPage() {
  const { pathname, search } = useLocation();
  return (
    <div className={styles.page}>
      <DocumentHead
        title="Something went wrong"
        description="This page could not be shown."
        noindex
      />
      <h1 tabIndex={-1} className={styles.title}>
        Something went wrong
      </h1>
      <p className={styles.lede}>
        This page could not be shown. Reloading it often helps.
      </p>
      <p>
        <Link to={`${pathname}${search}`} reloadDocument>
          Reload this page
        </Link>{" "}
        or go to the <Link to={homePath}>front page</Link>.
      </p>
    </div>
  );
}
