import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { Kicker } from "../components/Kicker.tsx";
import { StoryList } from "../components/StoryList.tsx";
import { onTopic } from "../content/catalogue.ts";
import { edition } from "../content/edition.ts";
import { topicPath } from "../paths.ts";
import { notFound } from "./notFound.ts";
import { listed } from "./teaser.ts";
import styles from "./Page.module.css";

export function topicLoader({ params }: LoaderFunctionArgs) {
  const found = onTopic(edition, params["topic"] ?? "");
  if (!found) throw notFound();
  return {
    name: found.topic.name,
    stories: found.stories.map(listed),
  };
}

export function TopicPage() {
  const { name, stories } = useLoaderData<typeof topicLoader>();
  const count = `${stories.length} ${stories.length === 1 ? "story" : "stories"}`;
  return (
    <div className={styles.page}>
      <DocumentHead
        title={name}
        description={`${count} on ${name} in Dateline, newest first.`}
        path={topicPath(name)}
      />
      <header className={styles.header}>
        <Kicker>Topic</Kicker>
        <h1 tabIndex={-1} className={styles.title}>
          {name}
        </h1>
        <p className={styles.count}>{count}, newest first</p>
      </header>
      <StoryList stories={stories} headingLevel={2} />
    </div>
  );
}
