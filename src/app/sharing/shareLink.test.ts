import { expect, test, vi } from "vitest";
import { copyLink, mailtoLink, shareLink } from "./shareLink.ts";

const link = {
  title: "Lavrov & Trump",
  url: "https://news.example.org/a/#p-4",
};

function browserWith(parts: Partial<Navigator>): Navigator {
  return parts as Navigator;
}

test("the share sheet gets the clean link and title when the browser has one", async () => {
  const share = vi.fn(() => Promise.resolve());
  const writeText = vi.fn(() => Promise.resolve());
  const outcome = await shareLink(
    link,
    browserWith({ share, clipboard: { writeText } as unknown as Clipboard }),
  );
  expect(outcome).toEqual({ kind: "shared" });
  expect(share).toHaveBeenCalledWith({ title: link.title, url: link.url });
  expect(writeText).not.toHaveBeenCalled();
});

test("closing the share sheet is not an error and copies nothing", async () => {
  const writeText = vi.fn(() => Promise.resolve());
  const outcome = await shareLink(
    link,
    browserWith({
      share: () => Promise.reject(new DOMException("closed", "AbortError")),
      clipboard: { writeText } as unknown as Clipboard,
    }),
  );
  expect(outcome).toEqual({ kind: "shared" });
  expect(writeText).not.toHaveBeenCalled();
});

test("a share sheet that fails falls back to the clipboard", async () => {
  const writeText = vi.fn(() => Promise.resolve());
  const outcome = await shareLink(
    link,
    browserWith({
      share: () => Promise.reject(new DOMException("no", "NotAllowedError")),
      clipboard: { writeText } as unknown as Clipboard,
    }),
  );
  expect(outcome).toEqual({ kind: "copied" });
  expect(writeText).toHaveBeenCalledWith(link.url);
});

test("with no share sheet and no clipboard, or a refused one, it offers email", async () => {
  const email = { kind: "email", href: mailtoLink(link) };
  expect(await copyLink(link, browserWith({}))).toEqual(email);
  expect(
    await copyLink(
      link,
      browserWith({
        clipboard: {
          writeText: () => Promise.reject(new Error("denied")),
        } as unknown as Clipboard,
      }),
    ),
  ).toEqual(email);
});

test("the mailto link carries the title and URL, encoded", () => {
  expect(mailtoLink(link)).toBe(
    "mailto:?subject=Lavrov%20%26%20Trump&body=https%3A%2F%2Fnews.example.org%2Fa%2F%23p-4",
  );
});
