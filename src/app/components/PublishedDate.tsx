export type DateLabel = { iso: string; label: string };

type Props = { date: DateLabel };

export function PublishedDate({ date }: Props) {
  return <time dateTime={date.iso}>{date.label}</time>;
}
