import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { PageSection } from "../components/PageSection.tsx";
import { SearchForm } from "../components/SearchForm.tsx";
import { StoryList } from "../components/StoryList.tsx";
import { contentContext } from "../contentContext.ts";
import { search } from "../../content/queries.ts";
import { useHydrated } from "../hydration.ts";
import { searchPath } from "../../content/paths.ts";
import { teaser } from "../teaser.ts";
import styles from "./Page.module.css";

export async function searchLoader({ request, context }: LoaderFunctionArgs) {
  const content = context.get(contentContext);
  const query = new URL(request.url).searchParams.get("q")?.trim() ?? "";
  // The full text is fetched here and nowhere else: only searching needs it.
  const [index, documents] = query
    ? await Promise.all([content.index(), content.searchDocuments()])
    : [[], []];
  return {
    query,
    hits: search(index, documents, query).map((hit) => ({
      teaser: teaser(hit.entry),
      summary: hit.snippet,
    })),
  };
}

export function SearchPage() {
  const loaded = useLoaderData<typeof searchLoader>();
  // A static host serves the one pre-rendered search page for every query, so
  // hydration must match that empty page; the results render straight after.
  const { query, hits } = useHydrated() ? loaded : { query: "", hits: [] };
  const found = `${hits.length} ${hits.length === 1 ? "story" : "stories"}`;
  return (
    <div className={styles.page}>
      <DocumentHead
        title={query ? `Search: ${query}` : "Search"}
        description="Search the headlines and text of every story in Dateline."
        path={searchPath(query)}
        // Result pages are endless and thin; the stories themselves are what to index.
        noindex
      />
      <h1 tabIndex={-1} className={styles.title}>
        {query ? `Search results for “${query}”` : "Search"}
      </h1>
      <SearchForm query={query} />
      {query && (
        <PageSection id="results-heading" title={`${found} found`}>
          {hits.length === 0 ? (
            <p className={styles.note}>
              No story matches every word of your search. Try fewer or shorter
              words.
            </p>
          ) : (
            <StoryList stories={hits} headingLevel={3} />
          )}
        </PageSection>
      )}
    </div>
  );
}
