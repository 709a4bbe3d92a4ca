import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { Kicker } from "../components/Kicker.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { StoryList } from "../components/StoryList.tsx";
import { contentContext } from "../contentContext.ts";
import { onTopic } from "../../content/queries.ts";
import { topicPath } from "../../content/paths.ts";
import { topicFeed } from "../feeds.ts";
import { listing } from "../listing.ts";
import { notFound } from "../notFound.ts";
import { listed } from "../teaser.ts";
import styles from "./Page.module.css";

export async function topicLoader({ params, context }: LoaderFunctionArgs) {
  const index = await context.get(contentContext).index();
  const found = onTopic(index, params["topic"] ?? "");
  if (!found) throw notFound();
  const { name } = found.topic;
  const page = listing(found.stories, params["page"], (n) =>
    topicPath(name, n),
  );
  return {
    name,
    total: found.stories.length,
    page: page.page,
    pages: page.pages,
    previous: page.previous,
    next: page.next,
    stories: page.items.map(listed),
  };
}

export function TopicPage() {
  const { name, total, page, pages, previous, next, stories } =
    useLoaderData<typeof topicLoader>();
  const count = `${total} ${total === 1 ? "story" : "stories"}`;
  return (
    <div className={styles.page}>
      <DocumentHead
        title={page === 1 ? name : `${name}, page ${page}`}
        description={`${count} on ${name} in Dateline, newest first.`}
        path={topicPath(name, page)}
        pages={{ previous, next }}
        feed={topicFeed(name)}
      />
      <header className={styles.header}>
        <Kicker>Topic</Kicker>
        <h1 tabIndex={-1} className={styles.title}>
          {name}
        </h1>
        <p className={styles.count}>
          {count}, newest first{pages > 1 && `; page ${page} of ${pages}`}
        </p>
      </header>
      <StoryList stories={stories} headingLevel={2} />
      <Pagination page={page} pages={pages} previous={previous} next={next} />
    </div>
  );
}
