import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { Contained } from "../components/Contained.tsx";
import { OFFLINE_CACHES } from "./caches.ts";
import styles from "./ArchiveDownload.module.css";

// The download itself loads when the reader asks for it.
const ArchiveDownload = lazy(async () => ({
  default: (await import("./ArchiveDownload.tsx")).ArchiveDownload,
}));

/**
 * "Download all" and "Remove downloaded stories", on the Saved page. Loaded
 * once the page is up: offered, never started by itself.
 */
export function ArchiveControls() {
  const [asked, setAsked] = useState(false);
  const [downloaded, setDownloaded] = useState(false);
  const [status, setStatus] = useState("");
  const offer = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (typeof caches === "undefined") return;
    let live = true;
    caches.has(OFFLINE_CACHES.archive).then(
      (has) => live && setDownloaded(has),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const remove = async () => {
    // Unmounting the download cancels one that is running.
    setAsked(false);
    try {
      await caches.delete(OFFLINE_CACHES.archive);
      setDownloaded(false);
      setStatus("Removed the downloaded stories. Saved stories stay kept.");
    } catch {
      setStatus("The downloaded stories could not be removed.");
    }
    offer.current?.focus();
  };

  return (
    <div className={styles.download}>
      <p className={styles.note}>
        Saved stories are kept on this device to read offline. You can also
        download every story.
      </p>
      {asked ? (
        <Contained
          fallback={
            <p className={styles.note}>
              The download could not be started. Reload the page to try again.
            </p>
          }
        >
          <Suspense fallback={<p className={styles.note}>Loading…</p>}>
            <ArchiveDownload onKeeping={() => setDownloaded(true)} />
          </Suspense>
        </Contained>
      ) : (
        <button
          ref={offer}
          type="button"
          className={styles.button}
          onClick={() => {
            setStatus("");
            setAsked(true);
          }}
        >
          Download all stories for offline…
        </button>
      )}
      {downloaded && (
        <button
          type="button"
          className={styles.button}
          onClick={() => void remove()}
        >
          Remove downloaded stories
        </button>
      )}
      <p role="status" className={styles.note}>
        {status}
      </p>
    </div>
  );
}
