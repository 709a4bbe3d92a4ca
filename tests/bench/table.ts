/**
 *     formatTable(
 *       [{ header: "page" }, { header: "JS gzip", align: "right" }],
 *       [["/", "114.6 KB"], ["/topics/", "114.6 KB"]],
 *     )
 *     // page       JS gzip
 *     // --------  --------
 *     // /         114.6 KB
 *     // /topics/  114.6 KB
 */
export type Column = { header: string; align?: "left" | "right" };

const GAP = "  ";

export function formatTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: string[]) =>
    columns
      .map((column, i) => {
        const cell = cells[i] ?? "";
        const width = widths[i] ?? 0;
        return column.align === "right"
          ? cell.padStart(width)
          : cell.padEnd(width);
      })
      .join(GAP)
      .trimEnd();
  return [
    line(columns.map((column) => column.header)),
    widths.map((width) => "-".repeat(width)).join(GAP),
    ...rows.map(line),
  ].join("\n");
}

/**
 * The ellipsis goes in the middle, so a story's path keeps both its section
 * and the end of its slug.
 * @example clip("/world/2018/04/20/a-very-long-slug/", 20) === "/world/201…ong-slug/"
 */
export function clip(text: string, max = 56): string {
  if (text.length <= max) return text;
  const tail = Math.floor((max - 1) / 2);
  return `${text.slice(0, max - 1 - tail)}…${text.slice(text.length - tail)}`;
}
