/**
 * The maximum of every window of `k` consecutive numbers, left to right, in O(n):
 * a deque of indexes whose values decrease from front to back.
 */
export function slidingWindowMax(nums: number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  const result: number[] = [];
  const deque: number[] = [];
  let head = 0; // deque[head … deque.length - 1] is the live part
  for (let i = 0; i < nums.length; i++) {
    while (deque.length > head && nums[deque[deque.length - 1]] < nums[i]) deque.pop();
    deque.push(i);
    if (deque[head] <= i - k) head++;
    if (i >= k - 1) result.push(nums[deque[head]]);
  }
  return result;
}
