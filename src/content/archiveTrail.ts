// Apart from archives.ts: a story page needs the trail but not the grouping,
// and whatever two pages share lands in every page's first bundle.
import { monthName } from "./dates.ts";
import { archivePath, homePath } from "./paths.ts";

export type TrailStep = { name: string; path: string };

/**
 * The way from the front page down to a section's archive of a year, month or
 * day: what an archive page's breadcrumb shows and a story's BreadcrumbList lists.
 * @param date "", "2018", "2018-04" or "2018-04-20"
 * @example archiveTrail("World", "2018-04-20").map((step) => step.name) // ["Front page", "World", "2018", "April", "20"]
 */
export function archiveTrail(section: string, date = ""): TrailStep[] {
  const steps = [
    { name: "Front page", path: homePath },
    { name: section, path: archivePath(section) },
  ];
  const year = date.slice(0, 4);
  const month = date.slice(0, 7);
  if (year) steps.push({ name: year, path: archivePath(section, year) });
  if (month.length === 7)
    steps.push({ name: monthName(month), path: archivePath(section, month) });
  if (date.length === 10)
    steps.push({
      name: String(Number(date.slice(8))),
      path: archivePath(section, date),
    });
  return steps;
}
