/**
 * The maximum of every window of `k` consecutive numbers, left to right:
 * entry i is max(nums[i … i + k - 1]). Returns [] when `k` exceeds the input length.
 * Does not modify `nums`. Should run in O(n).
 * @throws RangeError when `k` is not a positive integer.
 */
export function slidingWindowMax(nums: number[], k: number): number[] {
  throw new Error("not implemented");
}
