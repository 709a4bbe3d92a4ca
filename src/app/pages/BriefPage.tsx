import { redirect, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { PageSection } from "../components/PageSection.tsx";
import { Kicker } from "../components/Kicker.tsx";
import { ReaderTools } from "../reader/ReaderTools.tsx";
import { StoryList } from "../components/StoryList.tsx";
import { contentContext } from "../contentContext.ts";
import { cardPath, storyPath } from "../../content/paths.ts";
import { absoluteUrl } from "../site.ts";
import { notFound } from "../notFound.ts";
import { listed } from "../teaser.ts";
import styles from "./Page.module.css";

export async function briefLoader({ params, context }: LoaderFunctionArgs) {
  const data = await context.get(contentContext).story(params["slug"] ?? "");
  const story = data?.story;
  if (!story) throw notFound();
  // When a later edition carries the full story, links shared to the brief lead to it.
  if (story.kind === "full") throw redirect(storyPath(story), 301);
  return {
    brief: story,
    url: absoluteUrl(storyPath(story)),
    mentionedIn: data.mentionedIn.map(listed),
  };
}

export function BriefPage() {
  const { brief, url, mentionedIn } = useLoaderData<typeof briefLoader>();
  return (
    <article className={styles.page}>
      <DocumentHead
        title={brief.headline}
        description={`Brief: ${brief.headline}. The full story is not in this edition of Dateline.`}
        path={storyPath(brief)}
        noindex
        image={{ path: cardPath(brief.slug), alt: brief.headline }}
      />
      <header className={styles.header}>
        <Kicker>Brief</Kicker>
        <h1 tabIndex={-1} className={styles.title}>
          {brief.headline}
        </h1>
        <div className={styles.actions}>
          <ReaderTools url={url} slug={brief.slug} headline={brief.headline} />
        </div>
      </header>
      <p className={styles.lede}>
        The full story is not in this edition of Dateline. We know only its
        headline, from the stories that mention it.
      </p>
      {mentionedIn.length > 0 && (
        <PageSection id="mentioned-heading" title="Mentioned in">
          <StoryList stories={mentionedIn} headingLevel={3} />
        </PageSection>
      )}
    </article>
  );
}
