/**
 * The shortcuts' help, drawn the first time a reader asks for it ("?") in a
 * root of its own beside the app's, and shown again from then on. Its code
 * is a chunk of its own: the listener (startShortcuts.ts) stays tiny.
 */
import { createRef } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { ShortcutsHelp } from "./ShortcutsHelp.tsx";

const dialog = createRef<HTMLDialogElement>();

/** @example void import("./showShortcutsHelp.tsx").then((m) => m.showShortcutsHelp()) */
export function showShortcutsHelp(): void {
  if (!dialog.current?.isConnected) {
    const container = document.createElement("div");
    document.body.append(container);
    // Drawn at once, so the dialog is there to show in this same task.
    flushSync(() =>
      createRoot(container).render(
        <ShortcutsHelp ref={dialog} onClose={() => dialog.current?.close()} />,
      ),
    );
  }
  const help = dialog.current;
  if (!help || help.open) return;
  // Back where the reader was (Escape and Close alike); the page keeps its scroll.
  const opener = document.activeElement;
  help.addEventListener(
    "close",
    () => {
      if (opener instanceof HTMLElement && opener.isConnected)
        opener.focus({ preventScroll: true });
    },
    { once: true },
  );
  help.showModal();
}
