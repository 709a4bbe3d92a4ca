import { Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { Breadcrumb } from "../components/Breadcrumb.tsx";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { PageSection } from "../components/PageSection.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { StoryList } from "../components/StoryList.tsx";
import { contentContext } from "../contentContext.ts";
import { shelfAt } from "../../content/archives.ts";
import { archiveTrail } from "../../content/archiveTrail.ts";
import { formatDate, formatPeriod, monthName } from "../../content/dates.ts";
import { archivePath } from "../../content/paths.ts";
import { sectionFeed } from "../feeds.ts";
import { listing } from "../listing.ts";
import { notFound } from "../notFound.ts";
import { listed } from "../teaser.ts";
import styles from "./Page.module.css";
import archiveStyles from "./ArchivePage.module.css";

/** What one level down is called, and how its links read. */
const LOWER = new Map([
  [0, { title: "Years", name: (date: string) => date }],
  [4, { title: "Months", name: monthName }],
  [7, { title: "Days", name: formatDate }],
]);
const LEVEL = new Map([
  [4, "year"],
  [7, "month"],
  [10, "day"],
]);

/** A section's front (`/world/`) or its archive of a year, month or day (`/world/2018/04/`). */
export async function archiveLoader({ params, context }: LoaderFunctionArgs) {
  const index = await context.get(contentContext).index();
  const shelf = shelfAt(index, params);
  if (!shelf) throw notFound();
  const { section, date } = shelf;
  const page = listing(shelf.stories, params["page"], (n) =>
    archivePath(section, date, n),
  );
  const lower = LOWER.get(date.length);
  const near = (other: string | undefined) =>
    other === undefined
      ? undefined
      : {
          name: formatPeriod(other),
          date: other,
          path: archivePath(section, other),
        };
  return {
    heading: date === "" ? section : `${section}: ${formatPeriod(date)}`,
    section,
    date,
    level: LEVEL.get(date.length),
    path: archivePath(section, date, page.page),
    trail: archiveTrail(section, date),
    total: shelf.stories.length,
    page: page.page,
    pages: page.pages,
    previous: page.previous,
    next: page.next,
    stories: page.items.map(listed),
    lower: lower && {
      title: lower.title,
      links: shelf.within.map((within) => ({
        name: lower.name(within.date),
        date: within.date,
        path: archivePath(section, within.date),
        count: within.count,
      })),
    },
    newer: near(shelf.newer),
    older: near(shelf.older),
  };
}

const stories = (count: number) =>
  `${count.toLocaleString("en-US")} ${count === 1 ? "story" : "stories"}`;

export function ArchivePage() {
  const {
    heading,
    section,
    date,
    level,
    path,
    trail,
    total,
    page,
    pages,
    previous,
    next,
    stories: listedStories,
    lower,
    newer,
    older,
  } = useLoaderData<typeof archiveLoader>();
  return (
    <div className={styles.page}>
      <DocumentHead
        title={page === 1 ? heading : `${heading}, page ${page}`}
        description={`${stories(total)} from ${heading} in Dateline, newest first.`}
        path={path}
        pages={{ previous, next }}
        feed={sectionFeed(section)}
      />
      <header className={styles.header}>
        <Breadcrumb steps={trail} />
        <h1 tabIndex={-1} className={styles.title}>
          {date === "" ? (
            section
          ) : (
            <>
              {section}: <time dateTime={date}>{formatPeriod(date)}</time>
            </>
          )}
        </h1>
        <p className={styles.count}>
          {stories(total)}, newest first
          {pages > 1 && `; page ${page} of ${pages}`}
        </p>
      </header>
      <StoryList stories={listedStories} headingLevel={2} />
      <Pagination page={page} pages={pages} previous={previous} next={next} />
      {level && (newer || older) && (
        <nav aria-label={`Other ${level}s`} className={archiveStyles.near}>
          {newer && (
            <Link to={newer.path}>
              <span aria-hidden="true">← </span>
              <span className="visually-hidden">Newer:</span>{" "}
              <time dateTime={newer.date}>{newer.name}</time>
            </Link>
          )}
          {older && (
            <Link to={older.path} className={archiveStyles.older}>
              <span className="visually-hidden">Older:</span>{" "}
              <time dateTime={older.date}>{older.name}</time>
              <span aria-hidden="true"> →</span>
            </Link>
          )}
        </nav>
      )}
      {lower && lower.links.length > 0 && (
        <PageSection id="lower-heading" title={lower.title}>
          <ul className={archiveStyles.lower}>
            {lower.links.map((link) => (
              <li key={link.path}>
                <Link to={link.path}>
                  <time dateTime={link.date}>{link.name}</time>
                </Link>{" "}
                <span className={styles.count}>{stories(link.count)}</span>
              </li>
            ))}
          </ul>
        </PageSection>
      )}
    </div>
  );
}
