import { Link } from "react-router";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { SearchForm } from "../components/SearchForm.tsx";
import { homePath, topicsPath } from "../../content/paths.ts";
import styles from "./Page.module.css";

export function NotFoundPage() {
  return (
    <div className={styles.page}>
      <DocumentHead
        title="Page not found"
        description="There is no page at this address."
        noindex
      />
      <h1 tabIndex={-1} className={styles.title}>
        Page not found
      </h1>
      <p className={styles.lede}>
        There is no page at this address. The link may be mistyped, or the story
        may not be in this edition.
      </p>
      <SearchForm query="" label="Search for the story" />
      <p>
        Or start from the <Link to={homePath}>front page</Link> or{" "}
        <Link to={topicsPath}>all topics</Link>.
      </p>
    </div>
  );
}
