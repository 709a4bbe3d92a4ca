import { Link } from "react-router";

export type DateLabel = { iso: string; label: string };

type Props = {
  date: DateLabel;
  /** The section's archive of that day: the date then links there. */
  archive?: { path: string; section: string } | undefined;
};

export function PublishedDate({ date, archive }: Props) {
  const time = <time dateTime={date.iso}>{date.label}</time>;
  if (archive === undefined) return time;
  // Out of context (a screen reader's list of links) a bare date says nothing
  // of where it leads; the visible date stays in the name, for voice control.
  return (
    <Link to={archive.path}>
      <span className="visually-hidden">
        More {archive.section} stories from
      </span>{" "}
      {time}
    </Link>
  );
}
