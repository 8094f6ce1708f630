import { test } from "node:test";
import assert from "node:assert/strict";
import { InvalidCursorError, PostFeed, type Post } from "./cursorPagination";

/** A feed with posts p1..pN created at times 1..N (so pN is the newest). */
function feedOf(n: number): PostFeed {
  const feed = new PostFeed();
  for (let i = 1; i <= n; i++) feed.add({ id: `p${String(i).padStart(2, "0")}`, createdAt: i });
  return feed;
}

function ids(posts: Post[]): string[] {
  return posts.map((post) => post.id);
}

/** Follows cursors to the end and returns the ids of every page. */
function allPages(feed: PostFeed, limit: number): string[][] {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page = feed.page(limit, cursor);
    pages.push(ids(page.items));
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length < 1000);
  return pages;
}

test("the first page holds the newest posts up to the limit", () => {
  const feed = feedOf(5);
  const page = feed.page(2);
  assert.deepEqual(ids(page.items), ["p05", "p04"]);
  assert.equal(typeof page.nextCursor, "string");
  assert.deepEqual(page.items[0], { id: "p05", createdAt: 5 });
});

test("following the cursors visits every post exactly once in order", () => {
  const feed = feedOf(25);
  const pages = allPages(feed, 7);
  assert.deepEqual(pages.map((page) => page.length), [7, 7, 7, 4]);
  const expected = Array.from({ length: 25 }, (_, i) => `p${String(25 - i).padStart(2, "0")}`);
  assert.deepEqual(pages.flat(), expected);
});

test("the last page has no cursor even when the count is an exact multiple of the limit", () => {
  const feed = feedOf(4);
  const first = feed.page(2);
  const second = feed.page(2, first.nextCursor);
  assert.deepEqual(ids(second.items), ["p02", "p01"]);
  assert.equal(second.nextCursor, null);
  assert.equal(feedOf(3).page(3).nextCursor, null);
});

test("an empty feed gives an empty page without a cursor", () => {
  assert.deepEqual(new PostFeed().page(10), { items: [], nextCursor: null });
});

test("posts sharing a timestamp are ordered by id and never repeated or skipped", () => {
  const feed = new PostFeed();
  for (const id of ["a", "b", "c", "d", "e", "f", "g"]) feed.add({ id, createdAt: 100 });
  feed.add({ id: "z", createdAt: 50 });
  feed.add({ id: "new", createdAt: 200 });
  assert.deepEqual(allPages(feed, 3), [["new", "g", "f"], ["e", "d", "c"], ["b", "a", "z"]]);
  assert.deepEqual(allPages(feed, 2).flat(), ["new", "g", "f", "e", "d", "c", "b", "a", "z"]);
});

test("posts added above the cursor while paging do not reappear as duplicates", () => {
  const feed = feedOf(6);
  const first = feed.page(2);
  assert.deepEqual(ids(first.items), ["p06", "p05"]);
  feed.add({ id: "n1", createdAt: 7 });
  feed.add({ id: "n2", createdAt: 8 });
  const second = feed.page(2, first.nextCursor);
  assert.deepEqual(ids(second.items), ["p04", "p03"]);
  const third = feed.page(2, second.nextCursor);
  assert.deepEqual(ids(third.items), ["p02", "p01"]);
  assert.equal(third.nextCursor, null);
});

test("posts removed while paging never cause a skip, even the one the cursor points at", () => {
  const feed = feedOf(6);
  const first = feed.page(2);
  feed.remove("p05"); // the last post of the first page: the cursor's own position
  feed.remove("p06");
  const second = feed.page(2, first.nextCursor);
  assert.deepEqual(ids(second.items), ["p04", "p03"]);
  feed.remove("p02");
  const third = feed.page(2, second.nextCursor);
  assert.deepEqual(ids(third.items), ["p01"]);
  assert.equal(third.nextCursor, null);
});

test("a post added below the cursor position appears on a later page", () => {
  const feed = feedOf(4);
  const first = feed.page(2);
  feed.add({ id: "late", createdAt: 2.5 });
  const second = feed.page(2, first.nextCursor);
  assert.deepEqual(ids(second.items), ["late", "p02"]);
  assert.deepEqual(ids(feed.page(2, second.nextCursor).items), ["p01"]);
});

test("a cursor is a position that works with any page size", () => {
  const feed = feedOf(10);
  const first = feed.page(2);
  const bigger = feed.page(5, first.nextCursor);
  assert.deepEqual(ids(bigger.items), ["p08", "p07", "p06", "p05", "p04"]);
  const single = feed.page(1, bigger.nextCursor);
  assert.deepEqual(ids(single.items), ["p03"]);
});

test("cursors are opaque URL-safe strings", () => {
  const feed = feedOf(5);
  for (const cursor of [feed.page(1).nextCursor, feed.page(3).nextCursor]) {
    assert.equal(typeof cursor, "string");
    assert.match(cursor as string, /^[A-Za-z0-9_-]+$/);
  }
  assert.notEqual(feed.page(1).nextCursor, "p05");
});

test("a cursor that cannot be decoded is rejected", () => {
  const feed = feedOf(5);
  for (const bad of ["%%%", "", "aGVsbG8", "eyJ4IjoxfQ", "not a cursor"]) {
    assert.throws(() => feed.page(2, bad), InvalidCursorError, `cursor ${JSON.stringify(bad)}`);
  }
});

test("the limit must be an integer from 1 to 100", () => {
  const feed = feedOf(5);
  assert.throws(() => feed.page(0), RangeError);
  assert.throws(() => feed.page(101), RangeError);
  assert.throws(() => feed.page(2.5), RangeError);
  assert.equal(feed.page(100).items.length, 5);
});
