/**
 * The `k` most frequent distinct items, most frequent first; equal counts are ordered by item
 * ascending (plain string comparison). Returns every distinct item when `k` exceeds their number.
 * Does not modify `items`.
 * @throws RangeError when `k` is negative or not an integer.
 */
export function topKFrequent(items: string[], k: number): string[] {
  throw new Error("not implemented");
}
