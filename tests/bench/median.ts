/**
 * One slow run (a garbage collection, another process) moves it far less
 * than it moves the mean.
 *
 *     median([120, 80, 95]) // → 95
 *     median([1, 2, 3, 4])  // → 2.5
 */
export function median(values: readonly number[]): number | null {
  const sorted = values
    .filter((value) => Number.isFinite(value))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? NaN;
  return sorted.length % 2 === 1
    ? upper
    : ((sorted[middle - 1] ?? NaN) + upper) / 2;
}
