import { lazy, Suspense, useRef, useState, type ChangeEvent } from "react";
import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import { Contained } from "../components/Contained.tsx";
import { DocumentHead } from "../components/DocumentHead.tsx";
import { StoryCard } from "../components/StoryCard.tsx";
import type { ListedStory } from "../components/StoryList.tsx";
import { contentContext } from "../contentContext.ts";
import { useHydrated } from "../hydration.ts";
import { savedPath } from "../../content/paths.ts";
// The file format loads when a reader exports or imports, not with the page.
const savedFile = () => import("../reader/savedFile.ts");
import { reader } from "../reader/deferredReader.ts";
import { useReader } from "../reader/useReader.ts";
import { listed } from "../teaser.ts";
import styles from "./Page.module.css";
import savedStyles from "./SavedPage.module.css";

const OfflineCopyNote = lazy(async () => ({
  default: (await import("../reader/OfflineCopyNote.tsx")).OfflineCopyNote,
}));
// "Download all" is offered once the page is up, and loads its download when asked.
const ArchiveControls = lazy(async () => ({
  default: (await import("../offline/ArchiveControls.tsx")).ArchiveControls,
}));

export async function savedLoader({ context }: LoaderFunctionArgs) {
  // Every story a reader might have saved, by slug; the list itself lives in their browser.
  // A Map, as a slug comes from storage and may be "constructor". The page is a shell, so
  // this runs in the browser too and the Map is never serialised into the HTML.
  const index = await context.get(contentContext).index();
  const stories: ReadonlyMap<string, ListedStory> = new Map(
    index.map((story) => [story.slug, listed(story)]),
  );
  return { stories };
}

/**
 * The reading list kept by this browser. The pre-rendered page is a shell
 * (no server knows what a reader saved); the list fills in once the page is live.
 */
export function SavedPage() {
  const { stories } = useLoaderData<typeof savedLoader>();
  const { saved } = useReader();
  const hydrated = useHydrated();
  const [status, setStatus] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);

  const download = async () => {
    const [store, { SAVED_FILE_NAME }] = await Promise.all([
      reader().ready(),
      savedFile(),
    ]);
    const url = URL.createObjectURL(
      new Blob([store.exportSavedFile()], { type: "application/json" }),
    );
    const link = document.createElement("a");
    link.href = url;
    link.download = SAVED_FILE_NAME;
    // In the document while clicked: some browsers ignore a detached link's download.
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked later: revoking at once can cancel the download before it starts.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(`Exported ${count(saved.length)} to ${SAVED_FILE_NAME}.`);
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const { SavedFileError, checkSavedFileSize } = await savedFile();
    try {
      // Before reading it: a file of any size can be chosen, and text() holds it all.
      checkSavedFileSize(file.size);
      const [store, text] = await Promise.all([reader().ready(), file.text()]);
      const start = performance.now();
      const added = store.importSavedFile(text);
      // The browser tests read this to report how long a large import takes.
      performance.measure("dateline:saved-import", { start });
      setStatus(`Imported ${count(added)} from ${file.name}.`);
    } catch (error) {
      setStatus(
        error instanceof SavedFileError
          ? `Could not import ${file.name}: ${error.message} Your saved stories are as they were.`
          : `Could not read ${file.name}.`,
      );
    } finally {
      // The same file can be chosen again after fixing it.
      if (fileInput.current) fileInput.current.value = "";
    }
  };

  return (
    <div className={styles.page}>
      <DocumentHead
        title="Saved stories"
        description="Stories you saved to read later, kept in this browser only."
        path={savedPath}
        noindex
      />
      <h1 tabIndex={-1} className={styles.title}>
        Saved stories
      </h1>
      <p className={styles.lede}>
        Kept in this browser only: no account, nothing sent anywhere.
      </p>
      <p className={styles.note} data-without-js="">
        Saving stories needs JavaScript, which is off in this browser.
      </p>
      {hydrated && saved.length === 0 && (
        <p className={styles.note}>
          Nothing saved yet. Use the Save button on a story to keep it here.
        </p>
      )}
      {saved.length > 0 && (
        <ul className={savedStyles.list}>
          {saved.map(({ slug }) => {
            const story = stories.get(slug);
            return (
              <li key={slug}>
                {story ? (
                  <>
                    <StoryCard
                      teaser={story.teaser}
                      summary={story.summary}
                      headingLevel={2}
                    />
                    {/* Lists fill in after hydration, so this never holds it up. */}
                    <Suspense fallback={null}>
                      <OfflineCopyNote slug={slug} />
                    </Suspense>
                  </>
                ) : (
                  <div className={savedStyles.gone}>
                    <p>
                      A saved story is no longer available{" "}
                      <span className={savedStyles.slug}>({slug})</span>
                    </p>
                    <button
                      type="button"
                      className={savedStyles.button}
                      onClick={() =>
                        void reader()
                          .ready()
                          .then((store) => store.unsaveStory(slug))
                      }
                    >
                      Remove <span className="visually-hidden">{slug}</span>
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <section
        id="read-offline"
        aria-labelledby="read-offline-heading"
        className={savedStyles.file}
        data-needs-js=""
        data-print="hide"
      >
        <h2
          id="read-offline-heading"
          tabIndex={-1}
          className={savedStyles.heading}
        >
          Read offline
        </h2>
        {hydrated && (
          <Contained fallback={null}>
            <Suspense fallback={null}>
              <ArchiveControls />
            </Suspense>
          </Contained>
        )}
      </section>
      <section
        aria-labelledby="saved-file-heading"
        className={savedStyles.file}
        data-needs-js=""
        data-print="hide"
      >
        <h2 id="saved-file-heading" className={savedStyles.heading}>
          Move your list to another browser
        </h2>
        <div className={savedStyles.actions}>
          <button
            type="button"
            className={savedStyles.button}
            onClick={() => void download()}
            disabled={saved.length === 0}
          >
            Export saved stories
          </button>
          <label className={savedStyles.button}>
            Import saved stories
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              onChange={(event) => void upload(event)}
            />
          </label>
        </div>
        <p role="status" className={styles.note}>
          {status}
        </p>
      </section>
    </div>
  );
}

const count = (n: number) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? "story" : "stories"}`;
