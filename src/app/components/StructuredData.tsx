type Props = { data: object };

/**
 * Never executed, so a strict Content-Security-Policy allows it. "<" is
 * escaped so a headline quoting "</script>" cannot end the element early.
 */
export function StructuredData({ data }: Props) {
  return (
    <script type="application/ld+json">
      {JSON.stringify(data).replace(/</g, "\\u003c")}
    </script>
  );
}
