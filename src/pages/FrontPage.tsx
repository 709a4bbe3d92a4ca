import { useLoaderData } from "react-router";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { PageSection } from "../components/PageSection.tsx";
import { StoryCard } from "../components/StoryCard.tsx";
import { edition } from "../content/edition.ts";
import { standfirst, teaser } from "./teaser.ts";
import styles from "./Page.module.css";

export function frontPageLoader() {
  const [lead, ...others] = edition.stories;
  return {
    lead: lead && { teaser: teaser(lead), standfirst: standfirst(lead) },
    others: others.map((story) => ({
      teaser: teaser(story),
      standfirst: standfirst(story),
    })),
    briefs: edition.briefs.map(teaser),
  };
}

export function FrontPage() {
  const { lead, others, briefs } = useLoaderData<typeof frontPageLoader>();
  return (
    <div className={styles.page}>
      <DocumentHead
        title="Dateline"
        description={
          lead
            ? `${lead.teaser.headline}. ${lead.standfirst}`
            : "The news, readable."
        }
      />
      <h1 tabIndex={-1} className="visually-hidden">
        Dateline front page
      </h1>
      {lead && (
        <section aria-label="Lead story">
          <StoryCard
            teaser={lead.teaser}
            summary={lead.standfirst}
            headingLevel={2}
            size="lead"
          />
        </section>
      )}
      {others.length > 0 && (
        <PageSection id="latest-heading" title="Latest">
          <ul className={styles.list}>
            {others.map(({ teaser, standfirst }) => (
              <li key={teaser.slug}>
                <StoryCard
                  teaser={teaser}
                  summary={standfirst}
                  headingLevel={3}
                />
              </li>
            ))}
          </ul>
        </PageSection>
      )}
      {briefs.length > 0 && (
        <PageSection id="briefs-heading" title="Briefs">
          <p className={styles.note}>
            Stories our reports point to. Their full text is not in this
            edition.
          </p>
          <ul className={styles.list}>
            {briefs.map((brief) => (
              <li key={brief.slug}>
                <StoryCard teaser={brief} headingLevel={3} />
              </li>
            ))}
          </ul>
        </PageSection>
      )}
    </div>
  );
}
