import { useLoaderData } from "react-router";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { PageSection } from "../components/PageSection.tsx";
import { StoryCard } from "../components/StoryCard.tsx";
import { StoryList } from "../components/StoryList.tsx";
import { edition } from "../content/edition.ts";
import { homePath } from "../paths.ts";
import { listed } from "./teaser.ts";
import styles from "./Page.module.css";

export function frontPageLoader() {
  const [lead, ...others] = edition.stories;
  return {
    lead: lead && listed(lead),
    others: others.map(listed),
    briefs: edition.briefs.map(listed),
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
