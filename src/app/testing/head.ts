// Testing Library queries only the body; a page's head tags are part of what it says.
export function metaContent(name: string): string | null {
  return (
    document.head
      .querySelector(`meta[name="${name}"]`)
      ?.getAttribute("content") ?? null
  );
}

/** Whether the page has an element with this id, for in-page links (#main). */
export function hasElementWithId(id: string): boolean {
  return document.getElementById(id) !== null;
}

/** The element with this id, for checks on in-page targets (#p-4). */
export function elementWithId(id: string): HTMLElement | null {
  return document.getElementById(id);
}
