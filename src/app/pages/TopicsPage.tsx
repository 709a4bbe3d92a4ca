import { Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { contentContext } from "../contentContext.ts";
import { topics } from "../../content/queries.ts";
import { topicPath, topicsPath } from "../../content/paths.ts";
import styles from "./Page.module.css";

export async function topicsLoader({ context }: LoaderFunctionArgs) {
  const index = await context.get(contentContext).index();
  return {
    topics: topics(index).map((topic) => ({
      ...topic,
      path: topicPath(topic.name),
    })),
  };
}

export function TopicsPage() {
  const { topics } = useLoaderData<typeof topicsLoader>();
  return (
    <div className={styles.page}>
      <DocumentHead
        title="Topics"
        description="Every topic in this edition of Dateline."
        path={topicsPath}
      />
      <h1 tabIndex={-1} className={styles.title}>
        Topics
      </h1>
      <ul className={styles.index}>
        {topics.map((topic) => (
          <li key={topic.id}>
            <Link to={topic.path}>{topic.name}</Link>{" "}
            <span className={styles.count}>
              {topic.count} {topic.count === 1 ? "story" : "stories"}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
