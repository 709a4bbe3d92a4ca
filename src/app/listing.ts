/** The page of a long list that a URL asks for, as list pages' loaders share it. */
import { redirect } from "react-router";
import { pageOf, type ListPage } from "../content/queries.ts";
import { notFound } from "./notFound.ts";

export type Listing<T> = ListPage<T> & {
  /** The page of newer stories. */
  previous?: string;
  next?: string;
};

/** Only the digits a page link writes: "02", "1e1" or "+3" are other URLs, so not found. */
export const PAGE_NUMBER = /^[1-9]\d{0,5}$/;

/**
 * @param raw the `:page` URL parameter; absent on a list's own URL (page 1)
 * @param pathOf the URL of page n of this list
 * @throws a 404 for a page that does not exist; a 301 from /page/1/ to the list's own URL
 * @example listing(stories, params["page"], frontPagePath) // page "2" → { items, page: 2, pages, previous: "/" }
 */
export function listing<T>(
  list: readonly T[],
  raw: string | undefined,
  pathOf: (page: number) => string,
): Listing<T> {
  if (raw !== undefined && !PAGE_NUMBER.test(raw)) throw notFound();
  const page = raw === undefined ? 1 : Number(raw);
  if (raw !== undefined && page === 1) throw redirect(pathOf(1), 301);
  const found = pageOf(list, page);
  if (!found) throw notFound();
  return {
    ...found,
    ...(page > 1 && { previous: pathOf(page - 1) }),
    ...(page < found.pages && { next: pathOf(page + 1) }),
  };
}
