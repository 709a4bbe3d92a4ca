import { useLoaderData } from "react-router";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { PageSection } from "../components/PageSection.tsx";
import { StoryCard } from "../components/StoryCard.tsx";
import { StoryList } from "../components/StoryList.tsx";
import { edition } from "../content/edition.ts";
import { homePath, storyPath } from "../paths.ts";
import type { ReadingProgress } from "../reader/readerData.ts";
import { useReader } from "../reader/useReader.ts";
import { ContinueReading } from "../components/ContinueReading.tsx";
import { paragraphId } from "../components/StoryBody.tsx";
import { listed } from "./teaser.ts";
import styles from "./Page.module.css";

export function frontPageLoader() {
  const [lead, ...others] = edition.stories;
  return {
    lead: lead && listed(lead),
    others: others.map(listed),
    briefs: edition.briefs.map(listed),
    // What "Continue reading" needs of each story: the places are in the browser.
    readable: edition.stories.map((story) => ({
      slug: story.slug,
      headline: story.headline,
      path: storyPath(story),
      paragraphs: story.body.length,
    })),
  };
}

export function FrontPage() {
  const { lead, others, briefs, readable } =
    useLoaderData<typeof frontPageLoader>();
  const { progress } = useReader();
  const unfinished = readable
    .map((story) => ({ story, place: progressIn(progress, story.slug) }))
    .filter(
      ({ story, place }) =>
        place && place.paragraph > 1 && place.paragraph < story.paragraphs,
    )
    .sort((a, b) => (b.place?.at ?? "").localeCompare(a.place?.at ?? ""))
    .slice(0, 3);
  return (
    <div className={styles.page}>
      <DocumentHead
        title="Dateline"
        description={
          lead
            ? `The news, readable. Lead story: ${lead.teaser.headline}`
            : "The news, readable."
        }
        path={homePath}
      />
      <h1 tabIndex={-1} className="visually-hidden">
        Dateline front page
      </h1>
      {lead && (
        <section aria-label="Lead story">
          <StoryCard
            teaser={lead.teaser}
            summary={lead.summary}
            headingLevel={2}
            size="lead"
          />
        </section>
      )}
      {unfinished.length > 0 && (
        <PageSection id="continue-heading" title="Continue reading">
          <ul className={styles.continue}>
            {unfinished.map(({ story, place }) => (
              <li key={story.slug}>
                <ContinueReading
                  to={`${story.path}#${paragraphId(place?.paragraph ?? 1)}`}
                  paragraph={place?.paragraph ?? 1}
                  paragraphs={story.paragraphs}
                  headline={story.headline}
                />
              </li>
            ))}
          </ul>
        </PageSection>
      )}
      {others.length > 0 && (
        <PageSection id="latest-heading" title="Latest">
          <StoryList stories={others} headingLevel={3} />
        </PageSection>
      )}
      {briefs.length > 0 && (
        <PageSection id="briefs-heading" title="Briefs">
          <p className={styles.note}>
            Stories our reports point to. Their full text is not in this
            edition.
          </p>
          <StoryList stories={briefs} headingLevel={3} />
        </PageSection>
      )}
    </div>
  );
}

/** Own properties only: a slug such as "constructor" must not find Object's. */
function progressIn(
  progress: Readonly<Record<string, ReadingProgress>>,
  slug: string,
) {
  return Object.hasOwn(progress, slug) ? progress[slug] : undefined;
}
