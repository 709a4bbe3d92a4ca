import { useEffect, useRef, useState } from "react";
import {
  ArchiveListError,
  askToPersist,
  checkRoom,
  download,
  planDownload,
  type ArchivePlan,
  type DownloadResult,
  type Persistence,
  type Progress,
} from "./archiveDownload.ts";
import styles from "./ArchiveDownload.module.css";

type Phase =
  | { kind: "planning" }
  | { kind: "unavailable"; message: string }
  | { kind: "offer"; plan: ArchivePlan; free: number | undefined }
  | { kind: "no-room"; plan: ArchivePlan; free: number }
  | { kind: "downloading"; plan: ArchivePlan; progress: Progress }
  | { kind: "finished"; plan: ArchivePlan; result: DownloadResult };

type Props = {
  /** Called once something is being kept, so the page can offer to remove it. */
  onKeeping: () => void;
};

/** Re-rendering for every file of thousands would keep the page busy for nothing. */
const PROGRESS_INTERVAL_MS = 250;
/** Progress is spoken at most this often, and only on a new tenth. */
const ANNOUNCE_INTERVAL_MS = 5000;

const number = (n: number) => n.toLocaleString("en-US");
const storiesOf = (n: number) =>
  `${number(n)} ${n === 1 ? "story" : "stories"}`;

/** @example size(36_700_160) === "35 MB"; size(120_000) === "117 KB" */
export function size(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb))} KB`;
  const mb = kb / 1024;
  if (mb < 1024) return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
  return `${(mb / 1024).toFixed(1)} GB`;
}

async function plan(): Promise<Phase> {
  if (typeof caches === "undefined")
    return {
      kind: "unavailable",
      message: "This browser can't keep stories for reading offline.",
    };
  try {
    const plan = await planDownload();
    const room = await checkRoom(plan.missingBytes);
    return !room.enough && room.free !== undefined
      ? { kind: "no-room", plan, free: room.free }
      : { kind: "offer", plan, free: room.free };
  } catch (error) {
    return {
      kind: "unavailable",
      message:
        error instanceof ArchiveListError || navigator.onLine
          ? "The list of stories could not be loaded. Please try again later."
          : "You're offline. Connect to the internet to download stories.",
    };
  }
}

function offerLabel({ stories, keptStories, missingBytes }: ArchivePlan) {
  const about = `(about ${size(missingBytes)})`;
  if (keptStories === 0)
    return `Download all ${storiesOf(stories)} for offline ${about}`;
  if (keptStories < stories)
    return `Download the other ${storiesOf(stories - keptStories)} for offline ${about}`;
  return `Bring the download up to date ${about}`;
}

const PERSISTENCE: Record<Persistence, string> = {
  granted: "Your browser will keep them until you remove them.",
  refused:
    "Your browser did not promise to keep them: it may clear them if this device runs short of space.",
  unsupported:
    "This browser may clear them if this device runs short of space.",
};

function resultMessage({
  outcome,
  keptStories,
  stories,
  missed,
}: DownloadResult) {
  const kept = `${number(keptStories)} of ${storiesOf(stories)} are kept on this device`;
  switch (outcome) {
    case "done":
      return missed === 0
        ? `Done: all ${storiesOf(stories)} are kept on this device for reading offline.`
        : `Done, but ${number(missed)} ${missed === 1 ? "file" : "files"} could not be fetched: ${kept}. Downloading again tries them again.`;
    case "cancelled":
      return `Stopped. ${kept}; downloading again fetches the rest.`;
    case "offline":
      return `The connection was lost. ${kept}; download again once you're back online.`;
    case "full":
      return `This device ran out of room. ${kept}. Free some space, then download again.`;
  }
}

/**
 * "Download all", from the list to the last file: what it will take, room
 * and persistence, progress, cancel. Loaded when the reader first asks.
 */
export function ArchiveDownload({ onKeeping }: Props) {
  const [phase, setPhase] = useState<Phase>({ kind: "planning" });
  const [persistence, setPersistence] = useState<Persistence>();
  const [announcement, setAnnouncement] = useState("");
  const cancel = useRef<AbortController | null>(null);
  // Each step replaces the control the reader just used, so focus moves on to the next one.
  const next = useRef<HTMLElement | null>(null);

  useEffect(() => {
    let live = true;
    void plan().then((planned) => live && setPhase(planned));
    return () => {
      live = false;
      cancel.current?.abort();
    };
  }, []);

  useEffect(() => {
    next.current?.focus();
  }, [phase.kind]);

  async function start(plan: ArchivePlan) {
    // Asked first, while the click still counts as the reader's: some browsers prompt.
    const persisting = askToPersist();
    const room = await checkRoom(plan.missingBytes);
    if (!room.enough && room.free !== undefined) {
      setPhase({ kind: "no-room", plan, free: room.free });
      return;
    }
    const controller = new AbortController();
    cancel.current = controller;
    const initial: Progress = {
      keptStories: plan.keptStories,
      stories: plan.stories,
      keptBytes: plan.bytes - plan.missingBytes,
      bytes: plan.bytes,
    };
    setPhase({ kind: "downloading", plan, progress: initial });
    setAnnouncement(
      `Downloading ${storiesOf(plan.stories - plan.keptStories)}.`,
    );
    onKeeping();
    void persisting.then(setPersistence);

    let latest = initial;
    let shown = 0;
    let spoken = { at: Date.now(), tenth: 0 };
    const result = await download(plan, {
      signal: controller.signal,
      onProgress(progress) {
        latest = progress;
        const now = Date.now();
        if (now - shown >= PROGRESS_INTERVAL_MS) {
          shown = now;
          setPhase({ kind: "downloading", plan, progress });
        }
        const tenth = Math.floor((progress.keptBytes / progress.bytes) * 10);
        if (tenth > spoken.tenth && now - spoken.at >= ANNOUNCE_INTERVAL_MS) {
          spoken = { at: now, tenth };
          setAnnouncement(
            `${number(progress.keptStories)} of ${storiesOf(progress.stories)} downloaded.`,
          );
        }
      },
    }).catch((): DownloadResult => ({ ...latest, outcome: "full", missed: 0 }));
    cancel.current = null;
    // The result gets focus, and so is read out: the live region stays quiet.
    setAnnouncement("");
    setPhase({ kind: "finished", plan, result });
  }

  async function again() {
    setPhase({ kind: "planning" });
    const planned = await plan();
    if (planned.kind === "offer") await start(planned.plan);
    else setPhase(planned);
  }

  const focusHere = (element: HTMLElement | null) => {
    next.current = element;
  };

  return (
    <div className={styles.download}>
      {phase.kind === "planning" && (
        <p className={styles.note}>Checking what there is to download…</p>
      )}
      {phase.kind === "unavailable" && (
        <p ref={focusHere} tabIndex={-1} className={styles.message}>
          {phase.message}
        </p>
      )}
      {phase.kind === "no-room" && (
        <p ref={focusHere} tabIndex={-1} className={styles.message}>
          There isn't room on this device. The stories need about{" "}
          {size(phase.plan.missingBytes)}, and this browser lets Dateline use
          only about {size(phase.free)} more. Free some space (removing
          downloaded stories helps), then try again.
        </p>
      )}
      {phase.kind === "offer" && (
        <>
          {phase.plan.keptStories > 0 && (
            <p className={styles.note}>
              {number(phase.plan.keptStories)} of{" "}
              {storiesOf(phase.plan.stories)} are already kept on this device.
            </p>
          )}
          {phase.plan.missing.length === 0 ? (
            <p ref={focusHere} tabIndex={-1} className={styles.message}>
              All {storiesOf(phase.plan.stories)} are kept on this device for
              reading offline.
            </p>
          ) : (
            <p>
              <button
                ref={focusHere}
                type="button"
                className={styles.button}
                onClick={() => void start(phase.plan)}
              >
                {offerLabel(phase.plan)}
              </button>
            </p>
          )}
        </>
      )}
      {phase.kind === "downloading" && (
        <>
          <p id="archive-progress-label" className={styles.note}>
            Downloading stories for offline
          </p>
          <progress
            className={styles.progress}
            aria-labelledby="archive-progress-label"
            aria-valuetext={`${number(phase.progress.keptStories)} of ${storiesOf(phase.progress.stories)}`}
            max={phase.progress.bytes}
            value={phase.progress.keptBytes}
          />
          <p className={styles.count}>
            {number(phase.progress.keptStories)} of{" "}
            {storiesOf(phase.progress.stories)}
          </p>
          <p>
            <button
              ref={focusHere}
              type="button"
              className={styles.button}
              onClick={() => cancel.current?.abort()}
            >
              Cancel download
            </button>
          </p>
        </>
      )}
      {phase.kind === "finished" && (
        <>
          <p ref={focusHere} tabIndex={-1} className={styles.message}>
            {resultMessage(phase.result)}
          </p>
          {phase.result.outcome !== "done" && (
            <p>
              <button
                type="button"
                className={styles.button}
                onClick={() => void again()}
              >
                Download again
              </button>
            </p>
          )}
        </>
      )}
      {persistence && phase.kind !== "planning" && (
        <p className={styles.note}>{PERSISTENCE[persistence]}</p>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
