type Props = { data: object };

/**
 * A JSON-LD block: data for search engines, never executed, so a strict
 * Content-Security-Policy allows it. Every "<" is escaped so that text in the
 * data (a headline quoting "</script>", say) cannot end the element early.
 */
export function StructuredData({ data }: Props) {
  return (
    <script type="application/ld+json">
      {JSON.stringify(data).replace(/</g, "\\u003c")}
    </script>
  );
}
