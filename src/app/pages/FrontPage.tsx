import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import { ContinueReading } from "../components/ContinueReading.tsx";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { PageSection } from "../components/PageSection.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { StoryCard } from "../components/StoryCard.tsx";
import { StoryList } from "../components/StoryList.tsx";
import { contentContext } from "../contentContext.ts";
import { briefsIn, fullStories, PAGE_SIZE } from "../../content/queries.ts";
import { frontPagePath, paragraphAnchor } from "../../content/paths.ts";
import { listing } from "../listing.ts";
import { listed } from "../teaser.ts";
import { useUnfinishedStories } from "../reader/unfinishedStories.ts";
import styles from "./Page.module.css";

export async function frontPageLoader({ params, context }: LoaderFunctionArgs) {
  const content = context.get(contentContext);
  const index = await content.index();
  const page = listing(fullStories(index), params["page"], frontPagePath);
  // Page 1 leads with the newest story and its standfirst, the one text a list page shows.
  const [lead, ...others] = page.page === 1 ? page.items : [];
  const leadStory = lead && (await content.story(lead.slug))?.story;
  return {
    page: page.page,
    pages: page.pages,
    previous: page.previous,
    next: page.next,
    lead: leadStory && listed(leadStory),
    others: (lead ? others : page.items).map(listed),
    briefs: page.page === 1 ? briefsIn(index).map(listed) : [],
  };
}

export function FrontPage() {
  const { page, pages, previous, next, lead, others, briefs } =
    useLoaderData<typeof frontPageLoader>();
  const unfinished = useUnfinishedStories(page === 1);
  return (
    <div className={styles.page}>
      <DocumentHead
        title={page === 1 ? "Dateline" : `Latest stories, page ${page}`}
        description={
          lead
            ? `The news, readable. Lead story: ${lead.teaser.headline}`
            : `The news, readable. Stories ${(page - 1) * PAGE_SIZE + 1} to ${(page - 1) * PAGE_SIZE + others.length}, newest first.`
        }
        path={frontPagePath(page)}
        pages={{ previous, next }}
      />
      {page === 1 ? (
        <h1 tabIndex={-1} className="visually-hidden">
          Dateline front page
        </h1>
      ) : (
        <h1 tabIndex={-1} className={styles.title}>
          Latest stories, page {page} of {pages}
        </h1>
      )}
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
            {unfinished.map((story) => (
              <li key={story.slug}>
                <ContinueReading
                  to={`${story.path}#${paragraphAnchor(story.place.paragraph)}`}
                  paragraph={story.place.paragraph}
                  paragraphs={story.paragraphs}
                  headline={story.headline}
                />
              </li>
            ))}
          </ul>
        </PageSection>
      )}
      {others.length > 0 &&
        (page === 1 ? (
          <PageSection id="latest-heading" title="Latest">
            <StoryList stories={others} headingLevel={3} />
          </PageSection>
        ) : (
          <StoryList stories={others} headingLevel={2} />
        ))}
      <Pagination page={page} pages={pages} previous={previous} next={next} />
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
