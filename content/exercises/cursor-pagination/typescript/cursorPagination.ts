/** A post in the feed. Ids are unique. */
export interface Post {
  id: string;
  createdAt: number;
}

/** One page of the feed. */
export interface Page {
  items: Post[];
  /** Position of the last item, or null when nothing comes after this page. */
  nextCursor: string | null;
}

/** The cursor could not be decoded. */
export class InvalidCursorError extends Error {
  override name = "InvalidCursorError";
}

/**
 * A newest-first feed (createdAt descending, then id descending) served with keyset cursors.
 * Cursors are opaque URL-safe strings ([A-Za-z0-9_-]) that encode the position of a page's last post.
 */
export class PostFeed {
  constructor() {
    throw new Error("not implemented");
  }

  /** Adds a post. */
  add(post: Post): void {
    throw new Error("not implemented");
  }

  /** Removes the post with this id, if present. */
  remove(id: string): void {
    throw new Error("not implemented");
  }

  /**
   * The first `limit` posts strictly after the cursor's position (from the top without a cursor).
   * nextCursor is null when no post follows the page.
   * @throws RangeError if limit is not an integer from 1 to 100.
   * @throws InvalidCursorError if the cursor cannot be decoded.
   */
  page(limit: number, cursor?: string | null): Page {
    throw new Error("not implemented");
  }
}
