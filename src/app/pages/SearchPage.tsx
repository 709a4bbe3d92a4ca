import { useEffect } from "react";
import {
  Link,
  useLoaderData,
  useRevalidator,
  type LoaderFunctionArgs,
} from "react-router";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { PageSection } from "../components/PageSection.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { SearchForm } from "../components/SearchForm.tsx";
import { StoryCard, type Teaser } from "../components/StoryCard.tsx";
import { contentContext } from "../contentContext.ts";
import { pageCount } from "../../content/queries.ts";
import { useHydrated } from "../hydration.ts";
import { PAGE_NUMBER } from "../listing.ts";
import { Excerpt } from "../search/Excerpt.tsx";
import {
  excerptText,
  parseExcerpt,
  type ExcerptPart,
} from "../search/parseExcerpt.ts";
import { savedPath, searchPath, topicsPath } from "../../content/paths.ts";
import { teaser } from "../teaser.ts";
import pageStyles from "./Page.module.css";
import styles from "./SearchPage.module.css";

type Result = { teaser: Teaser; excerpt: ExcerptPart[] };

/** What the page shows under the search box. */
type Outcome =
  | { kind: "none" }
  | {
      kind: "results";
      total: number;
      page: number;
      pages: number;
      results: Result[];
      previous?: string | undefined;
      next?: string | undefined;
    }
  /** A page number that is not one of this search's pages: results change with every edition, so not a 404. */
  | { kind: "no-such-page"; page: string; pages?: number }
  /** The index could not be reached: offline, a search needs the parts of it for its words. */
  | { kind: "unavailable" }
  /** The page has not hydrated yet: the search runs straight after (see searchLoader). */
  | { kind: "pending" };

/**
 * The first load of a search page runs before hydration (main.tsx), so
 * searching then would put Pagefind's script and index in the page's first
 * download, ahead of the page becoming interactive. That load answers
 * "pending"; the page, once hydrated, asks its loader again.
 */
let searchNow = typeof document === "undefined";

export async function searchLoader({
  request,
  context,
}: LoaderFunctionArgs): Promise<{ query: string; outcome: Outcome }> {
  const content = context.get(contentContext);
  const params = new URL(request.url).searchParams;
  const query = params.get("q")?.trim() ?? "";
  if (!query) return { query, outcome: { kind: "none" } };
  const raw = params.get("page") ?? "1";
  if (!PAGE_NUMBER.test(raw))
    return { query, outcome: { kind: "no-such-page", page: raw } };
  const page = Number(raw);
  if (!searchNow) return { query, outcome: { kind: "pending" } };
  let found;
  try {
    found = await content.search(query, page);
  } catch (error) {
    // Never a crash: the page says what it cannot do, and where to read instead.
    console.warn("Dateline: search is unavailable:", error);
    return { query, outcome: { kind: "unavailable" } };
  }
  const pages = pageCount(found.total);
  if (page > pages)
    return { query, outcome: { kind: "no-such-page", page: raw, pages } };
  return {
    query,
    outcome: {
      kind: "results",
      total: found.total,
      page,
      pages,
      results: found.results.map(({ story, excerpt }) => {
        const parts = parseExcerpt(excerpt);
        // A brief's only words are its headline: no need to show them twice.
        return {
          teaser: teaser(story),
          excerpt: excerptText(parts) === story.headline ? [] : parts,
        };
      }),
      previous: page > 1 ? searchPath(query, page - 1) : undefined,
      next: page < pages ? searchPath(query, page + 1) : undefined,
    },
  };
}

const none: { query: string; outcome: Outcome } = {
  query: "",
  outcome: { kind: "none" },
};

/** @example matching(1) === "1 story matches" */
function matching(total: number): string {
  return total === 1 ? "1 story matches" : `${total} stories match`;
}

export function SearchPage() {
  const loaded = useLoaderData<typeof searchLoader>();
  // A static host serves the one pre-rendered search page for every query, so
  // hydration must match that empty page; the results render straight after.
  const { query, outcome } = useHydrated() ? loaded : none;
  const revalidator = useRevalidator();
  const pending = loaded.outcome.kind === "pending";
  useEffect(() => {
    if (!pending) return;
    searchNow = true;
    void revalidator.revalidate();
  }, [pending, revalidator]);
  return (
    <div className={`${pageStyles.page} ${styles.search}`}>
      <DocumentHead
        title={query ? `Search: ${query}` : "Search"}
        description="Search the headlines and text of every story in Dateline."
        path={searchPath(query)}
        // Result pages are endless and thin; the stories themselves are what to index.
        noindex
      />
      <h1 tabIndex={-1} className={`${pageStyles.title} ${styles.title}`}>
        {query ? `Search results for “${query}”` : "Search"}
      </h1>
      {/* A plain GET form: it submits without JavaScript, to this same shell. */}
      <SearchForm query={query} reloadDocument={false} />
      <noscript>
        <p className={pageStyles.note}>
          Search runs in your browser and needs JavaScript. Without it, find
          stories by <Link to={topicsPath}>topic</Link>.
        </p>
      </noscript>
      <Results query={query} outcome={outcome} />
    </div>
  );
}

function Results({ query, outcome }: { query: string; outcome: Outcome }) {
  switch (outcome.kind) {
    case "none":
      return null;
    case "pending":
      // The same box the count will take, so nothing below moves when it comes.
      return (
        <p className={pageStyles.note} role="status">
          Searching…
        </p>
      );
    case "unavailable":
      return (
        <section className={styles.problem} aria-labelledby="search-problem">
          <h2 id="search-problem">Search needs a connection</h2>
          <p className={pageStyles.note}>
            Search could not reach the parts of its index these words need, most
            likely because you are offline. Try again when you are back online.
            Meanwhile, your <Link to={savedPath}>saved stories</Link> open
            without a connection.
          </p>
        </section>
      );
    case "no-such-page":
      return (
        <section className={styles.problem} aria-labelledby="search-problem">
          <h2 id="search-problem">No such page of results</h2>
          <p className={pageStyles.note}>
            {outcome.pages === undefined
              ? `“${outcome.page}” is not a page number.`
              : `This search has ${outcome.pages} ${outcome.pages === 1 ? "page" : "pages"} of results, not ${outcome.page}.`}{" "}
            <Link to={searchPath(query)}>See the first page</Link>.
          </p>
        </section>
      );
    case "results":
      return (
        <PageSection id="results-heading" title={matching(outcome.total)}>
          {outcome.total === 0 ? (
            <p className={pageStyles.note}>
              No story matches every word of your search. Try fewer or shorter
              words.
            </p>
          ) : (
            <ul className={styles.results}>
              {outcome.results.map(({ teaser, excerpt }) => (
                <li key={teaser.slug} data-search-result="">
                  <StoryCard
                    teaser={teaser}
                    summary={
                      excerpt.length > 0 ? <Excerpt parts={excerpt} /> : null
                    }
                    headingLevel={3}
                  />
                </li>
              ))}
            </ul>
          )}
          <Pagination
            page={outcome.page}
            pages={outcome.pages}
            previous={outcome.previous}
            next={outcome.next}
            labels={{ previous: "Previous results", next: "More results" }}
          />
        </PageSection>
      );
  }
}
