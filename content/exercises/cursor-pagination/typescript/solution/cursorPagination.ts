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

/** A position in the sort order: the sort key of a post. */
interface Position {
  createdAt: number;
  id: string;
}

/** Newest first: createdAt descending, then id descending. */
function compare(a: Position, b: Position): number {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify({ t: position.createdAt, id: position.id })).toString("base64url");
}

function decodeCursor(cursor: string): Position {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new InvalidCursorError("malformed cursor");
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError("malformed cursor");
  }
  const fields = parsed as { t?: unknown; id?: unknown } | null;
  if (typeof fields !== "object" || fields === null || typeof fields.t !== "number" || typeof fields.id !== "string") {
    throw new InvalidCursorError("malformed cursor");
  }
  return { createdAt: fields.t, id: fields.id };
}

/**
 * A newest-first feed (createdAt descending, then id descending) served with keyset cursors.
 * Cursors are opaque URL-safe strings ([A-Za-z0-9_-]) that encode the position of a page's last post.
 */
export class PostFeed {
  private readonly posts = new Map<string, Post>();

  add(post: Post): void {
    this.posts.set(post.id, { id: post.id, createdAt: post.createdAt });
  }

  remove(id: string): void {
    this.posts.delete(id);
  }

  page(limit: number, cursor?: string | null): Page {
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      throw new RangeError(`limit must be an integer from 1 to 100, got ${limit}`);
    }
    const after = cursor === undefined || cursor === null ? null : decodeCursor(cursor);
    // A database would do this with an index range scan: WHERE (created_at, id) < (?, ?).
    const candidates = [...this.posts.values()]
      .filter((post) => after === null || compare(post, after) > 0)
      .sort(compare)
      .slice(0, limit + 1);
    const items = candidates.slice(0, limit).map((post) => ({ ...post }));
    const nextCursor = candidates.length > limit ? encodeCursor(items[items.length - 1]) : null;
    return { items, nextCursor };
  }
}
