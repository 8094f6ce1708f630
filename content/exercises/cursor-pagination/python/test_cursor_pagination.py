import unittest

from cursor_pagination import InvalidCursorError, Post, PostFeed


def feed_of(n):
    """A feed with posts p01..pN created at times 1..N (so pN is the newest)."""
    feed = PostFeed()
    for i in range(1, n + 1):
        feed.add(Post(f"p{i:02d}", i))
    return feed


def ids(posts):
    return [post.id for post in posts]


def all_pages(feed, limit):
    """Follow cursors to the end and return the ids of every page."""
    pages = []
    cursor = None
    while True:
        page = feed.page(limit, cursor)
        pages.append(ids(page.items))
        cursor = page.next_cursor
        if cursor is None or len(pages) >= 1000:
            return pages


class CursorPaginationTest(unittest.TestCase):
    def test_the_first_page_holds_the_newest_posts_up_to_the_limit(self):
        feed = feed_of(5)
        page = feed.page(2)
        self.assertEqual(ids(page.items), ["p05", "p04"])
        self.assertIsInstance(page.next_cursor, str)
        self.assertEqual(page.items[0], Post("p05", 5))

    def test_following_the_cursors_visits_every_post_exactly_once_in_order(self):
        feed = feed_of(25)
        pages = all_pages(feed, 7)
        self.assertEqual([len(page) for page in pages], [7, 7, 7, 4])
        expected = [f"p{25 - i:02d}" for i in range(25)]
        self.assertEqual([post_id for page in pages for post_id in page], expected)

    def test_the_last_page_has_no_cursor_even_when_the_count_is_an_exact_multiple_of_the_limit(self):
        feed = feed_of(4)
        first = feed.page(2)
        second = feed.page(2, first.next_cursor)
        self.assertEqual(ids(second.items), ["p02", "p01"])
        self.assertIsNone(second.next_cursor)
        self.assertIsNone(feed_of(3).page(3).next_cursor)

    def test_an_empty_feed_gives_an_empty_page_without_a_cursor(self):
        self.assertEqual(PostFeed().page(10), ([], None))

    def test_posts_sharing_a_timestamp_are_ordered_by_id_and_never_repeated_or_skipped(self):
        feed = PostFeed()
        for post_id in ["a", "b", "c", "d", "e", "f", "g"]:
            feed.add(Post(post_id, 100))
        feed.add(Post("z", 50))
        feed.add(Post("new", 200))
        self.assertEqual(all_pages(feed, 3), [["new", "g", "f"], ["e", "d", "c"], ["b", "a", "z"]])
        flat = [post_id for page in all_pages(feed, 2) for post_id in page]
        self.assertEqual(flat, ["new", "g", "f", "e", "d", "c", "b", "a", "z"])

    def test_posts_added_above_the_cursor_while_paging_do_not_reappear_as_duplicates(self):
        feed = feed_of(6)
        first = feed.page(2)
        self.assertEqual(ids(first.items), ["p06", "p05"])
        feed.add(Post("n1", 7))
        feed.add(Post("n2", 8))
        second = feed.page(2, first.next_cursor)
        self.assertEqual(ids(second.items), ["p04", "p03"])
        third = feed.page(2, second.next_cursor)
        self.assertEqual(ids(third.items), ["p02", "p01"])
        self.assertIsNone(third.next_cursor)

    def test_posts_removed_while_paging_never_cause_a_skip_even_the_one_the_cursor_points_at(self):
        feed = feed_of(6)
        first = feed.page(2)
        feed.remove("p05")  # the last post of the first page: the cursor's own position
        feed.remove("p06")
        second = feed.page(2, first.next_cursor)
        self.assertEqual(ids(second.items), ["p04", "p03"])
        feed.remove("p02")
        third = feed.page(2, second.next_cursor)
        self.assertEqual(ids(third.items), ["p01"])
        self.assertIsNone(third.next_cursor)

    def test_a_post_added_below_the_cursor_position_appears_on_a_later_page(self):
        feed = feed_of(4)
        first = feed.page(2)
        feed.add(Post("late", 2.5))
        second = feed.page(2, first.next_cursor)
        self.assertEqual(ids(second.items), ["late", "p02"])
        self.assertEqual(ids(feed.page(2, second.next_cursor).items), ["p01"])

    def test_a_cursor_is_a_position_that_works_with_any_page_size(self):
        feed = feed_of(10)
        first = feed.page(2)
        bigger = feed.page(5, first.next_cursor)
        self.assertEqual(ids(bigger.items), ["p08", "p07", "p06", "p05", "p04"])
        single = feed.page(1, bigger.next_cursor)
        self.assertEqual(ids(single.items), ["p03"])

    def test_cursors_are_opaque_url_safe_strings(self):
        feed = feed_of(5)
        for cursor in (feed.page(1).next_cursor, feed.page(3).next_cursor):
            self.assertIsInstance(cursor, str)
            self.assertRegex(cursor, r"^[A-Za-z0-9_-]+$")
        self.assertNotEqual(feed.page(1).next_cursor, "p05")

    def test_a_cursor_that_cannot_be_decoded_is_rejected(self):
        feed = feed_of(5)
        for bad in ["%%%", "", "aGVsbG8", "eyJ4IjoxfQ", "not a cursor"]:
            with self.assertRaises(InvalidCursorError, msg=f"cursor {bad!r}"):
                feed.page(2, bad)

    def test_the_limit_must_be_an_integer_from_1_to_100(self):
        feed = feed_of(5)
        with self.assertRaises(ValueError):
            feed.page(0)
        with self.assertRaises(ValueError):
            feed.page(101)
        with self.assertRaises(ValueError):
            feed.page(2.5)
        self.assertEqual(len(feed.page(100).items), 5)


if __name__ == "__main__":
    unittest.main()
