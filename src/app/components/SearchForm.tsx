import { Form } from "react-router";
import { searchPath } from "../../content/paths.ts";
import styles from "./SearchForm.module.css";

type Props = {
  query: string;
  label?: string;
  /**
   * Load the search page whole (the default). Only the search page's policy
   * lets Pagefind compile WebAssembly, and a document keeps the policy it was
   * loaded with: only the search page itself may search in place.
   */
  reloadDocument?: boolean;
};

/** GET, so every search can be shared, bookmarked and run without JavaScript. */
export function SearchForm({
  query,
  label = "Search stories",
  reloadDocument = true,
}: Props) {
  return (
    <Form
      method="get"
      action={searchPath()}
      role="search"
      className={styles.form}
      reloadDocument={reloadDocument}
    >
      <label htmlFor="search-query" className={styles.label}>
        {label}
      </label>
      <div className={styles.row}>
        <input
          id="search-query"
          className={styles.input}
          type="search"
          name="q"
          defaultValue={query}
          key={query}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit" className={styles.button}>
          Search
        </button>
      </div>
    </Form>
  );
}
