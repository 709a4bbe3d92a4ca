import { redirect, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { Credit } from "../components/Credit.tsx";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { Contained } from "../components/Contained.tsx";
import {
  RelatedStories,
  RelatedStoriesUnavailable,
} from "../components/RelatedStories.tsx";
import { ContinueReading } from "../components/ContinueReading.tsx";
import { ReaderTools } from "../reader/ReaderTools.tsx";
import { useProgressOnArrival } from "../reader/useReader.ts";
import { ToolSlot } from "../readingTools/ToolSlot.tsx";
import { StoryBody } from "../components/StoryBody.tsx";
import { StoryHeader } from "../components/StoryHeader.tsx";
import { StructuredData } from "../components/StructuredData.tsx";
import { TopicLinks } from "../components/TopicLinks.tsx";
import { contentContext } from "../contentContext.ts";
import { ageNotice } from "../../content/dates.ts";
import { readingTime } from "../../content/readingTime.ts";
import { useToday } from "../hydration.ts";
import {
  cardPath,
  paragraphAnchor,
  storyPath,
  topicPath,
} from "../../content/paths.ts";
import { absoluteUrl } from "../site.ts";
import { notFound } from "../notFound.ts";
import { newsArticle, publishedTime } from "../newsArticle.ts";
import { standfirst, wordCount } from "../../content/storyFacts.ts";
import { dateLabel, teaser } from "../teaser.ts";
import styles from "./StoryPage.module.css";

export async function storyLoader({ params, context }: LoaderFunctionArgs) {
  const data = await context.get(contentContext).story(params["slug"] ?? "");
  if (data?.story.kind !== "full") throw notFound();
  const { story } = data;
  // A known slug under the wrong date or section still finds its story, at its one true URL.
  const path = storyPath(story);
  const { section, year, month, day, slug } = params;
  if (path !== `/${[section, year, month, day, slug].join("/")}/`)
    throw redirect(path, 301);
  const description = standfirst(story);
  return {
    story,
    path,
    url: absoluteUrl(path),
    description,
    published: dateLabel(story.published),
    readingTime: readingTime(wordCount(story)),
    topics: story.topics.map((name) => ({ name, path: topicPath(name) })),
    // A data file from before similar stories were added marks none: those are the editor's.
    picks: data.related
      .filter((entry) => entry.chosenBy !== "similarity")
      .map(teaser),
    similar: data.related
      .filter((entry) => entry.chosenBy === "similarity")
      .map(teaser),
    // Read by crawlers and link previews in the pre-rendered HTML only (a
    // hard load hydrates with the build's copy), so the browser's bundle
    // leaves out the code that writes it, and a client navigation omits it.
    // Tests render pages the way the pre-render does.
    structuredData:
      import.meta.env.SSR || import.meta.env.MODE === "test"
        ? newsArticle(story, description)
        : undefined,
  };
}

export function StoryPage() {
  const {
    story,
    path,
    url,
    description,
    published,
    readingTime,
    topics,
    picks,
    similar,
    structuredData,
  } = useLoaderData<typeof storyLoader>();
  // Reckoned against today in the browser, against the build day in the pre-rendered HTML.
  const today = useToday();
  const place = useProgressOnArrival(story.slug);
  return (
    <div className={styles.layout}>
      <DocumentHead
        title={story.headline}
        description={description}
        path={path}
        article={{
          published: publishedTime(story.published),
          section: story.section,
          tags: story.topics,
          author: story.credit?.organization,
        }}
        image={{ path: cardPath(story.slug), alt: story.headline }}
      />
      {structuredData && <StructuredData data={structuredData} />}
      <article className={styles.story}>
        <StoryHeader
          section={story.section}
          headline={story.headline}
          published={published}
          readingTime={readingTime}
          ageNotice={ageNotice(story.published, new Date(today))}
          url={url}
          actions={
            <>
              <ReaderTools
                url={url}
                slug={story.slug}
                headline={story.headline}
              />
              <ToolSlot tool="listen" story={story} />
            </>
          }
        />
        {place &&
          place.paragraph > 1 &&
          place.paragraph < story.body.length && (
            <ContinueReading
              to={`#${paragraphAnchor(place.paragraph)}`}
              paragraph={place.paragraph}
              paragraphs={story.body.length}
            />
          )}
        <StoryBody paragraphs={story.body} url={url} />
        {story.credit && <Credit credit={story.credit} />}
        <TopicLinks topics={topics} />
        <ToolSlot tool="progress" story={story} />
      </article>
      {picks.length + similar.length > 0 && (
        <Contained key={story.slug} fallback={<RelatedStoriesUnavailable />}>
          <RelatedStories picks={picks} similar={similar} />
        </Contained>
      )}
    </div>
  );
}
