import { useEffect, useState } from "react";
import { Link, useLocation, useMatches } from "react-router";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { formatDate } from "../../content/dates.ts";
import { homePath, savedPath } from "../../content/paths.ts";
import {
  keptStories,
  openWholeIfKept,
  type KeptStoryLink,
} from "../offline/keptStories.ts";
import styles from "./Page.module.css";
import keptStyles from "./OfflineUnavailablePage.module.css";

/**
 * Offline, a page this device has no copy of: says so, what to do, and what
 * it can open. The caches are the browser's alone, so they are read after
 * rendering; no loader could know them.
 */
export function OfflineUnavailablePage() {
  const { pathname } = useLocation();
  // Story and brief routes name a slug.
  const what = useMatches()[0]?.params["slug"] ? "story" : "page";
  const [stories, setStories] = useState<KeptStoryLink[]>([]);

  useEffect(() => {
    if (typeof caches === "undefined") return;
    let live = true;
    void (async () => {
      if (await openWholeIfKept(caches)) return;
      const found = await keptStories(caches);
      if (live) setStories(found);
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [pathname]);

  const title = `This ${what} isn't saved for offline reading`;
  return (
    <div className={styles.page}>
      <DocumentHead
        title={title}
        description="You're offline, and this device has no copy of it."
        noindex
      />
      <h1 tabIndex={-1} className={styles.title}>
        {title}
      </h1>
      <p className={styles.lede}>
        You're offline, and this device has no copy of it. Connect to the
        internet and reload to read it. To read stories offline next time, save
        them, or download them all from the{" "}
        <Link to={`${savedPath}#read-offline`}>Saved page</Link>.
      </p>
      <p>
        Open without a connection: the <Link to={homePath}>front page</Link> and
        your <Link to={savedPath}>saved stories</Link>.
      </p>
      {stories.length > 0 && (
        <section
          aria-labelledby="kept-stories-heading"
          className={keptStyles.kept}
        >
          <h2 id="kept-stories-heading" className={keptStyles.heading}>
            Kept on this device
          </h2>
          <ul className={keptStyles.list}>
            {stories.map((story) => (
              <li key={story.slug}>
                <Link to={story.path}>{story.headline}</Link>
                {story.published && (
                  <>
                    {" "}
                    <time
                      dateTime={story.published}
                      className={keptStyles.date}
                    >
                      {formatDate(story.published)}
                    </time>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
