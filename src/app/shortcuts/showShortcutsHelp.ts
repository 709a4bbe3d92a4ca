/**
 * The shortcuts' help: a native modal <dialog>, drawn the first time a
 * reader asks for it ("?") and shown again from then on. The browser moves
 * focus into it, keeps the page behind out of reach, and closes it on
 * Escape; focus then goes back where it was.
 *
 * Its code is a chunk of its own, so the listener (startShortcuts.ts) stays
 * tiny. It is drawn with the DOM rather than a React root: createRoot would
 * be one more export of the shared vendor chunk, which every page loads
 * before it hydrates.
 */
import { shortcuts } from "./startShortcuts.ts";
import styles from "./ShortcutsHelp.module.css";

let help: HTMLDialogElement | undefined;

/** @example void import("./showShortcutsHelp.ts").then((m) => m.showShortcutsHelp()) */
export function showShortcutsHelp(): void {
  help ??= drawHelp();
  if (help.open) return;
  const opener = document.activeElement;
  help.addEventListener(
    "close",
    () => {
      // Where the reader was, for Escape and Close alike; the page keeps its scroll.
      if (opener instanceof HTMLElement && opener.isConnected)
        opener.focus({ preventScroll: true });
    },
    { once: true },
  );
  help.showModal();
}

function drawHelp(): HTMLDialogElement {
  const dialog = tag("dialog", styles.dialog);
  dialog.setAttribute("aria-labelledby", "shortcuts-title");
  dialog.dataset["print"] = "hide";

  const title = tag("h2", styles.title, "Keyboard shortcuts");
  title.id = "shortcuts-title";

  const keys = tag("dl", styles.keys);
  for (const [key, { does }] of shortcuts) {
    const row = tag("div", styles.key);
    const term = tag("dt");
    term.append(tag("kbd", undefined, key));
    row.append(term, tag("dd", undefined, does));
    keys.append(row);
  }

  const close = tag("button", styles.close, "Close");
  close.type = "button";
  close.addEventListener("click", () => dialog.close());

  dialog.append(
    title,
    keys,
    tag(
      "p",
      styles.note,
      "They do nothing while you type in a field. To turn them off, open Text settings at the top of the page and set Single-key shortcuts to Off.",
    ),
    close,
  );
  document.body.append(dialog);
  return dialog;
}

function tag<Name extends keyof HTMLElementTagNameMap>(
  name: Name,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[Name] {
  const element = document.createElement(name);
  if (className) element.className = className;
  if (text) element.textContent = text;
  return element;
}
