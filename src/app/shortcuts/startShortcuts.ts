/**
 * Single-key shortcuts for the whole app: one keydown listener on the
 * document, loaded after hydration (startReadingTools.ts). The help dialog's
 * code loads the first time a reader presses "?".
 *
 * A single key may only act when the reader can turn it off (WCAG 2.1.4):
 * Text settings does so by setting `data-shortcuts="off"` on <html>, which is
 * read at every key press, so the change applies at once.
 */
import type { DataRouter } from "react-router";
import { searchPath } from "../../content/paths.ts";

export type Shortcut = {
  /** What the key does, in the words of the help dialog. */
  does: string;
  /** Held down, the key acts again and again; the others act once a press. */
  repeats?: boolean;
  /** Does it, or answers false when the page has nothing for it to do (the key is then the browser's). */
  run: (router: Pick<DataRouter, "basename">) => boolean;
};

/** Each key, as `KeyboardEvent.key` spells it, in the order the help dialog lists them. */
export const shortcuts = new Map<string, Shortcut>([
  [
    "j",
    {
      does: "Next paragraph of a story",
      repeats: true,
      run: () => moveParagraph(1),
    },
  ],
  [
    "k",
    {
      does: "Previous paragraph of a story",
      repeats: true,
      run: () => moveParagraph(-1),
    },
  ],
  ["s", { does: "Save or unsave the story", run: toggleSaved }],
  ["/", { does: "Search", run: focusSearch }],
  ["[", { does: "Previous page of a list", run: () => followPage("prev") }],
  ["]", { does: "Next page of a list", run: () => followPage("next") }],
  ["?", { does: "Show these shortcuts", run: showHelp }],
]);

/**
 * Where a key is the reader's typing, or belongs to a dialog (another tool's,
 * or this help itself), no shortcut acts.
 */
const TYPING =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="searchbox"], [role="combobox"], dialog, [role="dialog"], [role="alertdialog"]';

/** A story's paragraphs, with their p-N anchors (StoryBody.tsx). */
const PARAGRAPHS = 'main article p[id^="p-"]';

/**
 * Added to the search page's address when "/" has to go there, so the page
 * puts focus in its field on arrival; it is the field's id (SearchForm.tsx),
 * so without scripts the browser still scrolls to it.
 */
const SEARCH_ARRIVAL = "#search-query";

/**
 * Listens until the returned function is called (the app never does; tests do).
 * @example startShortcuts(router) // once, after hydration
 */
export function startShortcuts(
  router: Pick<DataRouter, "basename">,
): () => void {
  if (window.location.hash === SEARCH_ARRIVAL) searchField()?.focus();
  const listener = (event: KeyboardEvent) => {
    const shortcut = shortcuts.get(event.key);
    if (!shortcut || !mayAct(event) || (event.repeat && !shortcut.repeats))
      return;
    // Only a key that did something is kept from the browser ("/" is also Firefox's quick find).
    if (shortcut.run(router)) event.preventDefault();
  };
  document.addEventListener("keydown", listener);
  return () => document.removeEventListener("keydown", listener);
}

/**
 * Matching `event.key` leaves Shift to the layout: Shift+/ is "?", and
 * Shift+J is "J", which is no shortcut; a layout that needs Shift for "/"
 * still has it. Ctrl, Alt and Meta belong to the browser and the system.
 */
function mayAct(event: KeyboardEvent): boolean {
  if (document.documentElement.dataset["shortcuts"] === "off") return false;
  if (event.defaultPrevented || event.isComposing) return false;
  if (event.ctrlKey || event.altKey || event.metaKey) return false;
  const target = event.target;
  if (target instanceof HTMLElement && target.isContentEditable) return false;
  return !(target instanceof Element && target.closest(TYPING));
}

/** While a paragraph glides into place, it is where the reader is, wherever it is yet. */
let gliding = false;

function moveParagraph(step: 1 | -1): boolean {
  const paragraphs = [...document.querySelectorAll<HTMLElement>(PARAGRAPHS)];
  const current = document.activeElement?.closest<HTMLElement>(PARAGRAPHS);
  // A paragraph the reader has since scrolled away from is no longer where they are.
  const index =
    current && (gliding || onScreen(current))
      ? paragraphs.indexOf(current) + step
      : fromScreen(paragraphs, step);
  const next = paragraphs[index];
  if (!next) return false;
  const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
  next.focus({ preventScroll: true });
  next.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
  if (smooth && !gliding) {
    gliding = true;
    window.addEventListener("scrollend", () => (gliding = false), {
      once: true,
    });
  }
  return true;
}

/** Forward, the first paragraph that starts below the top of the window; back, the one before it. */
function fromScreen(paragraphs: HTMLElement[], step: 1 | -1): number {
  const below = paragraphs.findIndex((p) => p.getBoundingClientRect().top >= 0);
  const first = below === -1 ? paragraphs.length : below;
  return step === 1 ? first : first - 1;
}

function onScreen(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}

/** The story's own Save button, in the header with its h1 (not a related story's). */
function toggleSaved(): boolean {
  const save = document
    .querySelector("main h1")
    ?.closest("header")
    ?.querySelector<HTMLButtonElement>("button[aria-pressed]");
  save?.click();
  return Boolean(save);
}

function searchField(): HTMLInputElement | null {
  return document.querySelector('main [role="search"] input');
}

/** The page's search field, or the search page, which loads whole like the masthead's link (Masthead.tsx). */
function focusSearch(router: Pick<DataRouter, "basename">): boolean {
  const field = searchField();
  if (field) {
    field.focus();
    field.select();
  } else {
    const base = (router.basename ?? "/").replace(/\/$/, "");
    window.location.assign(`${base}${searchPath()}${SEARCH_ARRIVAL}`);
  }
  return true;
}

/** A click on the list's own link (Pagination.tsx), so the router moves as for the reader's click. */
function followPage(rel: "prev" | "next"): boolean {
  const link = document.querySelector<HTMLElement>(`main a[rel~="${rel}"]`);
  link?.click();
  return Boolean(link);
}

function showHelp(): boolean {
  void import("./showShortcutsHelp.ts").then(({ showShortcutsHelp }) =>
    showShortcutsHelp(),
  );
  return true;
}
