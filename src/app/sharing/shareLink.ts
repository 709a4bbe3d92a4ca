/**
 * Share sheet, else clipboard, else email: decided on click, not while
 * rendering, so the pre-rendered and hydrated pages are the same.
 */

export type ShareOutcome =
  /** The share sheet took it, or the reader closed it: nothing more to say. */
  | { kind: "shared" }
  | { kind: "copied" }
  /** Neither share nor clipboard works here: offer this mailto: link instead. */
  | { kind: "email"; href: string };

type Link = { url: string; title: string };

export async function shareLink(
  link: Link,
  browser: Navigator = navigator,
): Promise<ShareOutcome> {
  if (typeof browser.share === "function") {
    try {
      await browser.share({ title: link.title, url: link.url });
      return { kind: "shared" };
    } catch (error) {
      // The reader closed the sheet: that is their answer, not a failure.
      if (error instanceof DOMException && error.name === "AbortError")
        return { kind: "shared" };
    }
  }
  return copyLink(link, browser);
}

export async function copyLink(
  link: Link,
  browser: Navigator = navigator,
): Promise<ShareOutcome> {
  try {
    // Older and insecure-context browsers have no clipboard.
    if (browser.clipboard) {
      await browser.clipboard.writeText(link.url);
      return { kind: "copied" };
    }
  } catch {
    // Permission refused or no focus: fall through to email.
  }
  return { kind: "email", href: mailtoLink(link) };
}

/** @example mailtoLink({ title: "A & B", url: "https://x.org/a/" }) === "mailto:?subject=A%20%26%20B&body=https%3A%2F%2Fx.org%2Fa%2F" */
export function mailtoLink({ url, title }: Link): string {
  return `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`;
}
