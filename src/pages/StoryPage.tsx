import { redirect, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { Credit } from "../components/Credit.tsx";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { RelatedStories } from "../components/RelatedStories.tsx";
import { StoryBody } from "../components/StoryBody.tsx";
import { StoryHeader } from "../components/StoryHeader.tsx";
import { TopicLinks } from "../components/TopicLinks.tsx";
import { getStory, relatedTo, wordCount } from "../content/catalogue.ts";
import { ageNotice } from "../content/dates.ts";
import { edition } from "../content/edition.ts";
import { readingTime } from "../content/readingTime.ts";
import { storyPath, topicPath } from "../paths.ts";
import { notFound } from "./notFound.ts";
import { dateLabel, standfirst, teaser } from "./teaser.ts";
import styles from "./StoryPage.module.css";

export function storyLoader({ params, request }: LoaderFunctionArgs) {
  const story = getStory(edition, params["slug"] ?? "");
  if (story?.kind !== "full") throw notFound();
  // A known slug under the wrong date or section still finds its story, at its one true URL.
  const path = storyPath(story);
  if (new URL(request.url).pathname !== path) throw redirect(path, 301);
  return {
    story,
    description: standfirst(story),
    published: dateLabel(story.published),
    readingTime: readingTime(wordCount(story)),
    ageNotice: ageNotice(story.published, new Date()),
    topics: story.topics.map((name) => ({ name, path: topicPath(name) })),
    related: relatedTo(edition, story).map(teaser),
  };
}

export function StoryPage() {
  const {
    story,
    description,
    published,
    readingTime,
    ageNotice,
    topics,
    related,
  } = useLoaderData<typeof storyLoader>();
  return (
    <div className={styles.layout}>
      <DocumentHead title={story.headline} description={description} />
      <article className={styles.story}>
        <StoryHeader
          section={story.section}
          headline={story.headline}
          published={published}
          readingTime={readingTime}
          ageNotice={ageNotice}
        />
        <StoryBody paragraphs={story.body} />
        {story.credit && <Credit credit={story.credit} />}
        <TopicLinks topics={topics} />
      </article>
      {related.length > 0 && <RelatedStories stories={related} />}
    </div>
  );
}
