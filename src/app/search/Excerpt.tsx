import type { ExcerptPart } from "./parseExcerpt.ts";

type Props = { parts: ExcerptPart[] };

/** A search result's passage, the matched words in <mark>; plain text and elements only. */
export function Excerpt({ parts }: Props) {
  return parts.map(({ text, marked }, i) =>
    // Parts never change order within a result, so their place is their key.
    marked ? <mark key={i}>{text}</mark> : text,
  );
}
