import unittest

from min_heap import MinHeap


def random_ints(count, bound, seed):
    """Deterministic pseudo-random integers in [0, bound)."""
    result = []
    for _ in range(count):
        seed = (seed * 48271) % 2147483647
        result.append(seed % bound)
    return result


def drain(heap):
    result = []
    while len(heap) > 0:
        result.append(heap.pop())
    return result


def ascending(a, b):
    return a - b


class MinHeapTest(unittest.TestCase):
    def assert_heap_property(self, array, compare):
        violations = [item for i, item in enumerate(array) if i > 0 and compare(array[(i - 1) >> 1], item) > 0]
        self.assertEqual(violations, [], f"heap property violated in {array}")

    def test_an_empty_heap_has_size_0_and_peek_and_pop_return_none(self):
        heap = MinHeap()
        self.assertEqual(len(heap), 0)
        self.assertIsNone(heap.peek())
        self.assertIsNone(heap.pop())
        self.assertEqual(heap.to_list(), [])

    def test_pop_returns_the_items_in_ascending_order(self):
        heap = MinHeap()
        values = random_ints(500, 1000, 7)
        for value in values:
            heap.push(value)
        self.assertEqual(drain(heap), sorted(values))

    def test_peek_returns_the_minimum_without_removing_it(self):
        heap = MinHeap()
        for value in [7, 3, 9, 1, 4]:
            heap.push(value)
        self.assertEqual(heap.peek(), 1)
        self.assertEqual(heap.peek(), 1)
        self.assertEqual(len(heap), 5)
        self.assertEqual(heap.pop(), 1)
        self.assertEqual(heap.peek(), 3)

    def test_keeps_duplicate_items(self):
        heap = MinHeap()
        for value in [3, 1, 3, 1, 2, 3]:
            heap.push(value)
        self.assertEqual(drain(heap), [1, 1, 2, 3, 3, 3])

    def test_compares_strings_in_code_unit_order_by_default(self):
        heap = MinHeap()
        for word in ["pear", "Apple", "fig", "apple", "banana"]:
            heap.push(word)
        self.assertEqual(drain(heap), ["Apple", "apple", "banana", "fig", "pear"])

    def test_a_custom_comparator_turns_it_into_a_max_heap(self):
        heap = MinHeap(lambda a, b: b - a)
        for value in [5, 1, 9, 3, 9, 0]:
            heap.push(value)
        self.assertEqual(drain(heap), [9, 9, 5, 3, 1, 0])

    def test_a_comparator_can_order_records_by_several_fields(self):
        def by_priority_then_name(a, b):
            return (a["priority"] - b["priority"]) or (-1 if a["name"] < b["name"] else 1 if a["name"] > b["name"] else 0)

        heap = MinHeap(by_priority_then_name)
        heap.push({"priority": 2, "name": "deploy"})
        heap.push({"priority": 1, "name": "page"})
        heap.push({"priority": 2, "name": "backup"})
        heap.push({"priority": 3, "name": "report"})
        self.assertEqual([task["name"] for task in drain(heap)], ["page", "backup", "deploy", "report"])

    def test_the_backing_array_keeps_the_heap_property_after_every_push_and_pop(self):
        heap = MinHeap()
        for value in random_ints(300, 100, 99):
            heap.push(value)
            self.assert_heap_property(heap.to_list(), ascending)
        for _ in range(150):
            heap.pop()
            self.assert_heap_property(heap.to_list(), ascending)
        self.assertEqual(len(heap), 150)

    def test_heapify_builds_a_heap_whose_pops_come_out_sorted(self):
        values = random_ints(400, 50, 3)
        heap = MinHeap.heapify(values)
        self.assertEqual(len(heap), 400)
        self.assert_heap_property(heap.to_list(), ascending)
        self.assertEqual(drain(heap), sorted(values))

    def test_heapify_accepts_a_comparator_and_leaves_the_input_array_unchanged(self):
        values = [4, 8, 1, 9, 2]
        heap = MinHeap.heapify(values, lambda a, b: b - a)
        self.assertEqual(values, [4, 8, 1, 9, 2])
        heap.push(5)
        self.assertEqual(values, [4, 8, 1, 9, 2])
        self.assertEqual(drain(heap), [9, 8, 5, 4, 2, 1])

    def test_heapify_uses_a_linear_number_of_comparisons(self):
        n = 1024
        descending = [n - i for i in range(n)]
        comparisons = 0

        def counting(a, b):
            nonlocal comparisons
            comparisons += 1
            return a - b

        heap = MinHeap.heapify(descending, counting)
        self.assertLessEqual(comparisons, 2 * n, f"heapify used {comparisons} comparisons for {n} items")
        self.assertEqual(heap.peek(), 1)

    def test_heapify_of_an_empty_array_gives_an_empty_heap(self):
        heap = MinHeap.heapify([])
        self.assertEqual(len(heap), 0)
        self.assertIsNone(heap.pop())
        heap.push(4)
        self.assertEqual(heap.pop(), 4)

    def test_interleaved_pushes_and_pops_match_a_sorted_list_model(self):
        heap = MinHeap()
        model = []
        for op in random_ints(2000, 1000, 42):
            if op % 3 == 0:
                model.sort()
                expected = model.pop(0) if model else None
                self.assertEqual(heap.pop(), expected)
            else:
                heap.push(op)
                model.append(op)
            self.assertEqual(len(heap), len(model))


if __name__ == "__main__":
    unittest.main()
